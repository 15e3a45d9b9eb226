CREATE TABLE "settlements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"from_member" uuid NOT NULL,
	"to_member" uuid NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"settled_on" date NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "settlements_amount_positive" CHECK ("settlements"."amount_minor" > 0),
	CONSTRAINT "settlements_between_two_members" CHECK ("settlements"."from_member" <> "settlements"."to_member")
);
--> statement-breakpoint
ALTER TABLE "settlements" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "settlements" ADD CONSTRAINT "settlements_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlements" ADD CONSTRAINT "settlements_from_member_fk" FOREIGN KEY ("household_id","from_member") REFERENCES "public"."members"("household_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlements" ADD CONSTRAINT "settlements_to_member_fk" FOREIGN KEY ("household_id","to_member") REFERENCES "public"."members"("household_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlements" ADD CONSTRAINT "settlements_created_by_fk" FOREIGN KEY ("household_id","created_by") REFERENCES "public"."members"("household_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "settlements_household_idx" ON "settlements" USING btree ("household_id","currency","from_member","to_member","amount_minor");--> statement-breakpoint
CREATE INDEX "expenses_split_balance_idx" ON "expenses" USING btree ("household_id","id","paid_by","currency","amount_minor") WHERE "expenses"."status" = 'confirmed' and "expenses"."split" is not null;--> statement-breakpoint
CREATE POLICY "household_isolation" ON "settlements" AS PERMISSIVE FOR ALL TO "kitty_app" USING ("settlements"."household_id" = nullif(current_setting('app.household_id', true), '')::uuid) WITH CHECK ("settlements"."household_id" = nullif(current_setting('app.household_id', true), '')::uuid);