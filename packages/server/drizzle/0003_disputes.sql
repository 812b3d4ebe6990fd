CREATE TABLE "dispute_case_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"org_code" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"on_date" date NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"actor_name" text NOT NULL,
	"note" text,
	"data" jsonb
);
--> statement-breakpoint
CREATE TABLE "dispute_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tracking_code" text NOT NULL,
	"org_code" text NOT NULL,
	"channel" text NOT NULL,
	"entry_path" text NOT NULL,
	"state" text NOT NULL,
	"filed_on" date NOT NULL,
	"applicant_name" text NOT NULL,
	"applicant_resident_id" text NOT NULL,
	"applicant_mobile" text,
	"respondent_name" text NOT NULL,
	"respondent_uscc" text NOT NULL,
	"collective" boolean DEFAULT false NOT NULL,
	"worker_count" integer DEFAULT 1 NOT NULL,
	"claims" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"amount_claimed" numeric(14, 2) DEFAULT '0' NOT NULL,
	"facts" text DEFAULT '' NOT NULL,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"dispute_arose_on" date,
	"mediation_org_id" uuid,
	"mediator_id" uuid,
	"mediation_received_on" date,
	"mediation_deadline" date,
	"session_at" timestamp with time zone,
	"session_place" text,
	"mediation_closed_on" date,
	"mediation_outcome" text,
	"amount_agreed" numeric(14, 2),
	"mediation_lapsed_on" date,
	"review_confirmation" boolean DEFAULT false NOT NULL,
	"transferred_from_mediation" boolean DEFAULT false NOT NULL,
	"commission_id" uuid,
	"arbitrator_id" uuid,
	"arb_applied_on" date,
	"acceptance_deadline" date,
	"limitation_expired" boolean,
	"limitation_note" text,
	"arb_accepted_on" date,
	"arb_case_no" text,
	"not_accepted_on" date,
	"not_accepted_reason" text,
	"hearing_at" timestamp with time zone,
	"hearing_notice_on" date,
	"hearing_place" text,
	"award_deadline" date,
	"extension_days" integer,
	"extension_approved_by" text,
	"extension_reason" text,
	"arb_closed_on" date,
	"arb_outcome" text,
	"amount_awarded" numeric(14, 2),
	"final_award" boolean,
	"final_award_basis" text,
	"sued" boolean DEFAULT false NOT NULL,
	"sued_on" date,
	"sued_by" text,
	"current_deadline" date,
	"handler_staff_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dispute_organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"level" text NOT NULL,
	"name" text NOT NULL,
	"org_code" text NOT NULL,
	"address" text,
	"phone" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dispute_staff" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"account_id" uuid,
	"role" text NOT NULL,
	"name" text NOT NULL,
	"certificate_no" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"org_code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dispute_case_events" ADD CONSTRAINT "dispute_case_events_case_id_dispute_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."dispute_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispute_cases" ADD CONSTRAINT "dispute_cases_org_code_org_units_code_fk" FOREIGN KEY ("org_code") REFERENCES "public"."org_units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispute_organisations" ADD CONSTRAINT "dispute_organisations_org_code_org_units_code_fk" FOREIGN KEY ("org_code") REFERENCES "public"."org_units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispute_staff" ADD CONSTRAINT "dispute_staff_organisation_id_dispute_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."dispute_organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispute_staff" ADD CONSTRAINT "dispute_staff_org_code_org_units_code_fk" FOREIGN KEY ("org_code") REFERENCES "public"."org_units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dispute_case_events_case_idx" ON "dispute_case_events" USING btree ("case_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "dispute_cases_tracking_uq" ON "dispute_cases" USING btree ("tracking_code");--> statement-breakpoint
CREATE INDEX "dispute_cases_org_filed_idx" ON "dispute_cases" USING btree ("org_code","filed_on");--> statement-breakpoint
CREATE INDEX "dispute_cases_filed_idx" ON "dispute_cases" USING btree ("filed_on");--> statement-breakpoint
CREATE INDEX "dispute_cases_state_idx" ON "dispute_cases" USING btree ("state","filed_on");--> statement-breakpoint
CREATE INDEX "dispute_cases_deadline_idx" ON "dispute_cases" USING btree ("current_deadline");--> statement-breakpoint
CREATE INDEX "dispute_cases_handler_idx" ON "dispute_cases" USING btree ("handler_staff_id","current_deadline");--> statement-breakpoint
CREATE INDEX "dispute_cases_med_org_idx" ON "dispute_cases" USING btree ("mediation_org_id");--> statement-breakpoint
CREATE INDEX "dispute_cases_med_recv_idx" ON "dispute_cases" USING btree ("mediation_received_on");--> statement-breakpoint
CREATE INDEX "dispute_cases_med_closed_idx" ON "dispute_cases" USING btree ("mediation_closed_on");--> statement-breakpoint
CREATE INDEX "dispute_cases_arb_accepted_idx" ON "dispute_cases" USING btree ("arb_accepted_on");--> statement-breakpoint
CREATE INDEX "dispute_cases_arb_closed_idx" ON "dispute_cases" USING btree ("arb_closed_on");--> statement-breakpoint
CREATE INDEX "dispute_cases_applicant_idx" ON "dispute_cases" USING btree ("applicant_resident_id");--> statement-breakpoint
CREATE INDEX "dispute_orgs_org_idx" ON "dispute_organisations" USING btree ("org_code");--> statement-breakpoint
CREATE INDEX "dispute_orgs_kind_idx" ON "dispute_organisations" USING btree ("kind","level");--> statement-breakpoint
CREATE INDEX "dispute_staff_org_idx" ON "dispute_staff" USING btree ("org_code");--> statement-breakpoint
CREATE INDEX "dispute_staff_account_idx" ON "dispute_staff" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dispute_staff_cert_uq" ON "dispute_staff" USING btree ("certificate_no");