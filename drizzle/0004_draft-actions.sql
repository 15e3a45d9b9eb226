CREATE TABLE "draft_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"expense_id" uuid NOT NULL,
	"action" text NOT NULL,
	"before" jsonb NOT NULL,
	"undone_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "draft_actions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "draft_actions" ADD CONSTRAINT "draft_actions_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "draft_actions_member_idx" ON "draft_actions" USING btree ("household_id","member_id","created_at");--> statement-breakpoint
CREATE POLICY "household_isolation" ON "draft_actions" AS PERMISSIVE FOR ALL TO "kitty_app" USING ("draft_actions"."household_id" = nullif(current_setting('app.household_id', true), '')::uuid) WITH CHECK ("draft_actions"."household_id" = nullif(current_setting('app.household_id', true), '')::uuid);