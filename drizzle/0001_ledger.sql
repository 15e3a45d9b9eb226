CREATE TYPE "public"."cadence_unit" AS ENUM('day', 'week', 'month', 'year');--> statement-breakpoint
CREATE TYPE "public"."expense_status" AS ENUM('draft', 'confirmed', 'discarded');--> statement-breakpoint
CREATE TYPE "public"."identity_provider" AS ENUM('telegram', 'slack', 'web', 'console');--> statement-breakpoint
CREATE TYPE "public"."inbox_state" AS ENUM('received', 'processed', 'failed', 'deferred');--> statement-breakpoint
CREATE TYPE "public"."member_role" AS ENUM('admin', 'member');--> statement-breakpoint
CREATE TABLE "categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"label" text NOT NULL,
	"hidden" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "categories_household_id_id_key" UNIQUE("household_id","id"),
	CONSTRAINT "categories_household_slug_key" UNIQUE("household_id","slug")
);
--> statement-breakpoint
ALTER TABLE "categories" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "expense_shares" (
	"household_id" uuid NOT NULL,
	"expense_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"share_minor" bigint NOT NULL,
	CONSTRAINT "expense_shares_expense_id_member_id_pk" PRIMARY KEY("expense_id","member_id"),
	CONSTRAINT "expense_shares_share_positive" CHECK ("expense_shares"."share_minor" > 0)
);
--> statement-breakpoint
ALTER TABLE "expense_shares" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "expenses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "expenses_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"household_id" uuid NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"spent_on" date NOT NULL,
	"category_id" uuid NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"logged_by" uuid NOT NULL,
	"paid_by" uuid NOT NULL,
	"status" "expense_status" DEFAULT 'draft' NOT NULL,
	"split" jsonb,
	"source_message_id" uuid,
	"recurring_rule_id" uuid,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "expenses_household_id_id_key" UNIQUE("household_id","id"),
	CONSTRAINT "expenses_amount_positive" CHECK ("expenses"."amount_minor" > 0)
);
--> statement-breakpoint
ALTER TABLE "expenses" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "households" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"currency" char(3) NOT NULL,
	"time_zone" text NOT NULL,
	"invite_code" text,
	"wrapped_data_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "households_invite_code_unique" UNIQUE("invite_code")
);
--> statement-breakpoint
ALTER TABLE "households" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"household_id" uuid NOT NULL,
	"key" text NOT NULL,
	"result" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_household_id_key_pk" PRIMARY KEY("household_id","key")
);
--> statement-breakpoint
ALTER TABLE "idempotency_keys" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "identities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"provider" "identity_provider" NOT NULL,
	"external_scope" text DEFAULT '' NOT NULL,
	"external_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "identities_provider_external_key" UNIQUE("provider","external_scope","external_id")
);
--> statement-breakpoint
ALTER TABLE "identities" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "inbound_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider" "identity_provider" NOT NULL,
	"external_id" text NOT NULL,
	"household_id" uuid,
	"member_id" uuid,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"state" "inbox_state" DEFAULT 'received' NOT NULL,
	"error" text,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"processed_at" timestamp with time zone,
	CONSTRAINT "inbound_messages_provider_external_key" UNIQUE("provider","external_id")
);
--> statement-breakpoint
ALTER TABLE "inbound_messages" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "llm_settings" (
	"household_id" uuid PRIMARY KEY NOT NULL,
	"provider" text NOT NULL,
	"model" text,
	"interpreter_mode" text,
	"api_key_ciphertext" text,
	"api_key_hint" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "llm_settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"display_name" text NOT NULL,
	"role" "member_role" DEFAULT 'member' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "members_household_id_id_key" UNIQUE("household_id","id")
);
--> statement-breakpoint
ALTER TABLE "members" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "model_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"inbound_message_id" uuid,
	"provider" text NOT NULL,
	"model" text NOT NULL,
	"purpose" text NOT NULL,
	"input_summary" text NOT NULL,
	"raw_output" text,
	"validation_errors" jsonb,
	"error" text,
	"input_tokens" integer,
	"output_tokens" integer,
	"latency_ms" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "model_calls" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "recurring_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"description" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"category_id" uuid NOT NULL,
	"paid_by" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"split" jsonb,
	"cadence_unit" "cadence_unit" NOT NULL,
	"cadence_every" integer DEFAULT 1 NOT NULL,
	"anchor_on" date NOT NULL,
	"next_on" date NOT NULL,
	"paused" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recurring_rules_household_id_id_key" UNIQUE("household_id","id"),
	CONSTRAINT "recurring_rules_amount_positive" CHECK ("recurring_rules"."amount_minor" > 0),
	CONSTRAINT "recurring_rules_every_range" CHECK ("recurring_rules"."cadence_every" between 1 and 366)
);
--> statement-breakpoint
ALTER TABLE "recurring_rules" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "categories" ADD CONSTRAINT "categories_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_shares" ADD CONSTRAINT "expense_shares_expense_fk" FOREIGN KEY ("household_id","expense_id") REFERENCES "public"."expenses"("household_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_shares" ADD CONSTRAINT "expense_shares_member_fk" FOREIGN KEY ("household_id","member_id") REFERENCES "public"."members"("household_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenses" ADD CONSTRAINT "expenses_source_message_id_inbound_messages_id_fk" FOREIGN KEY ("source_message_id") REFERENCES "public"."inbound_messages"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenses" ADD CONSTRAINT "expenses_category_fk" FOREIGN KEY ("household_id","category_id") REFERENCES "public"."categories"("household_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenses" ADD CONSTRAINT "expenses_logged_by_fk" FOREIGN KEY ("household_id","logged_by") REFERENCES "public"."members"("household_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenses" ADD CONSTRAINT "expenses_paid_by_fk" FOREIGN KEY ("household_id","paid_by") REFERENCES "public"."members"("household_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenses" ADD CONSTRAINT "expenses_recurring_rule_fk" FOREIGN KEY ("household_id","recurring_rule_id") REFERENCES "public"."recurring_rules"("household_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identities" ADD CONSTRAINT "identities_member_fk" FOREIGN KEY ("household_id","member_id") REFERENCES "public"."members"("household_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_messages" ADD CONSTRAINT "inbound_messages_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "llm_settings" ADD CONSTRAINT "llm_settings_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_calls" ADD CONSTRAINT "model_calls_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_calls" ADD CONSTRAINT "model_calls_inbound_message_id_inbound_messages_id_fk" FOREIGN KEY ("inbound_message_id") REFERENCES "public"."inbound_messages"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recurring_rules" ADD CONSTRAINT "recurring_rules_category_fk" FOREIGN KEY ("household_id","category_id") REFERENCES "public"."categories"("household_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recurring_rules" ADD CONSTRAINT "recurring_rules_paid_by_fk" FOREIGN KEY ("household_id","paid_by") REFERENCES "public"."members"("household_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recurring_rules" ADD CONSTRAINT "recurring_rules_created_by_fk" FOREIGN KEY ("household_id","created_by") REFERENCES "public"."members"("household_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "expenses_confirmed_by_date_idx" ON "expenses" USING btree ("household_id","spent_on") WHERE "expenses"."status" = 'confirmed';--> statement-breakpoint
CREATE INDEX "expenses_household_listing_idx" ON "expenses" USING btree ("household_id","spent_on" DESC NULLS LAST,"seq" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "expenses_recurring_occurrence_idx" ON "expenses" USING btree ("household_id","recurring_rule_id","spent_on") WHERE "expenses"."recurring_rule_id" is not null;--> statement-breakpoint
CREATE INDEX "inbound_messages_household_state_idx" ON "inbound_messages" USING btree ("household_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "members_household_name_idx" ON "members" USING btree ("household_id",lower("display_name"));--> statement-breakpoint
CREATE INDEX "model_calls_household_created_idx" ON "model_calls" USING btree ("household_id","created_at");--> statement-breakpoint
CREATE INDEX "recurring_rules_due_idx" ON "recurring_rules" USING btree ("next_on") WHERE not "recurring_rules"."paused";--> statement-breakpoint
CREATE POLICY "household_isolation" ON "categories" AS PERMISSIVE FOR ALL TO "kitty_app" USING ("categories"."household_id" = nullif(current_setting('app.household_id', true), '')::uuid) WITH CHECK ("categories"."household_id" = nullif(current_setting('app.household_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "household_isolation" ON "expense_shares" AS PERMISSIVE FOR ALL TO "kitty_app" USING ("expense_shares"."household_id" = nullif(current_setting('app.household_id', true), '')::uuid) WITH CHECK ("expense_shares"."household_id" = nullif(current_setting('app.household_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "household_isolation" ON "expenses" AS PERMISSIVE FOR ALL TO "kitty_app" USING ("expenses"."household_id" = nullif(current_setting('app.household_id', true), '')::uuid) WITH CHECK ("expenses"."household_id" = nullif(current_setting('app.household_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "household_isolation" ON "households" AS PERMISSIVE FOR ALL TO "kitty_app" USING ("households"."id" = nullif(current_setting('app.household_id', true), '')::uuid) WITH CHECK ("households"."id" = nullif(current_setting('app.household_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "household_isolation" ON "idempotency_keys" AS PERMISSIVE FOR ALL TO "kitty_app" USING ("idempotency_keys"."household_id" = nullif(current_setting('app.household_id', true), '')::uuid) WITH CHECK ("idempotency_keys"."household_id" = nullif(current_setting('app.household_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "household_isolation" ON "identities" AS PERMISSIVE FOR ALL TO "kitty_app" USING ("identities"."household_id" = nullif(current_setting('app.household_id', true), '')::uuid) WITH CHECK ("identities"."household_id" = nullif(current_setting('app.household_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "household_isolation" ON "inbound_messages" AS PERMISSIVE FOR ALL TO "kitty_app" USING ("inbound_messages"."household_id" = nullif(current_setting('app.household_id', true), '')::uuid) WITH CHECK ("inbound_messages"."household_id" = nullif(current_setting('app.household_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "household_isolation" ON "llm_settings" AS PERMISSIVE FOR ALL TO "kitty_app" USING ("llm_settings"."household_id" = nullif(current_setting('app.household_id', true), '')::uuid) WITH CHECK ("llm_settings"."household_id" = nullif(current_setting('app.household_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "household_isolation" ON "members" AS PERMISSIVE FOR ALL TO "kitty_app" USING ("members"."household_id" = nullif(current_setting('app.household_id', true), '')::uuid) WITH CHECK ("members"."household_id" = nullif(current_setting('app.household_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "household_isolation" ON "model_calls" AS PERMISSIVE FOR ALL TO "kitty_app" USING ("model_calls"."household_id" = nullif(current_setting('app.household_id', true), '')::uuid) WITH CHECK ("model_calls"."household_id" = nullif(current_setting('app.household_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "household_isolation" ON "recurring_rules" AS PERMISSIVE FOR ALL TO "kitty_app" USING ("recurring_rules"."household_id" = nullif(current_setting('app.household_id', true), '')::uuid) WITH CHECK ("recurring_rules"."household_id" = nullif(current_setting('app.household_id', true), '')::uuid);