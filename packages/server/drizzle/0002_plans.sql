CREATE TABLE "plan_manual_values" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"measure" text NOT NULL,
	"plan_id" text NOT NULL,
	"indicator_id" text NOT NULL,
	"org_code" text NOT NULL,
	"year" integer NOT NULL,
	"value" numeric,
	"met" boolean,
	"evidence" text NOT NULL,
	"author_id" uuid,
	"author_name" text NOT NULL,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plan_manual_values" ADD CONSTRAINT "plan_manual_values_org_code_org_units_code_fk" FOREIGN KEY ("org_code") REFERENCES "public"."org_units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "plan_manual_values_uq" ON "plan_manual_values" USING btree ("measure","org_code","year");--> statement-breakpoint
CREATE INDEX "plan_manual_values_plan_idx" ON "plan_manual_values" USING btree ("plan_id","year");--> statement-breakpoint
CREATE INDEX "plan_manual_values_org_idx" ON "plan_manual_values" USING btree ("org_code");