CREATE TABLE "measure_rollup_years" (
	"source_key" text NOT NULL,
	"year" integer NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"signature" text NOT NULL,
	CONSTRAINT "measure_rollup_years_pk" PRIMARY KEY("source_key","year")
);
--> statement-breakpoint
CREATE TABLE "measure_rollups" (
	"source_key" text NOT NULL,
	"year" integer NOT NULL,
	"org_code" text NOT NULL,
	"measure" text NOT NULL,
	"value" numeric NOT NULL,
	CONSTRAINT "measure_rollups_pk" PRIMARY KEY("source_key","year","org_code","measure")
);
--> statement-breakpoint
-- Freshness check of the indicator engine's rollups: `… where updated_at >= $computed_at` on dispute_cases (its
-- FactSource declares updatedColumn 'updated_at'). Not (yet) declared in modules/disputes/schema.ts, which the
-- disputes module owns: when it is added there, write the generated statement as CREATE INDEX IF NOT EXISTS.
CREATE INDEX IF NOT EXISTS "dispute_cases_updated_idx" ON "dispute_cases" USING btree ("updated_at");
