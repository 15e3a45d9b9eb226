ALTER TABLE "households" ADD COLUMN "locale" text;--> statement-breakpoint
ALTER TABLE "expenses" ADD COLUMN "category_choices" jsonb;--> statement-breakpoint
ALTER TABLE "expenses" ADD COLUMN "unknown_payer" text;