CREATE TABLE "category_hints" (
	"household_id" uuid NOT NULL,
	"merchant_key" text NOT NULL,
	"category_id" uuid NOT NULL,
	"learned_from" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "category_hints_household_id_merchant_key_pk" PRIMARY KEY("household_id","merchant_key")
);
--> statement-breakpoint
ALTER TABLE "category_hints" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "category_hints" ADD CONSTRAINT "category_hints_category_fk" FOREIGN KEY ("household_id","category_id") REFERENCES "public"."categories"("household_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE POLICY "household_isolation" ON "category_hints" AS PERMISSIVE FOR ALL TO "kitty_app" USING ("category_hints"."household_id" = nullif(current_setting('app.household_id', true), '')::uuid) WITH CHECK ("category_hints"."household_id" = nullif(current_setting('app.household_id', true), '')::uuid);