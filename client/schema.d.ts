// Generated from Breach Desk's OpenAPI document (/docs-json) by `npm run client:generate`. Do not edit.
export interface paths {
    "/api/v1/audit/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_exportCheckpoints"];
        put?: never;
        post: operations["AuditController_checkpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_entries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Console sign-in: sets the bd_session cookie
         * @description 401 INVALID_CREDENTIALS (unknown email or wrong password alike), 401 TOTP_REQUIRED (send `code`), 401 TOTP_INVALID, 429 LOCKED_OUT with Retry-After after repeated failures.
         */
        post: operations["SessionsController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: the session ends and its cookie is cleared */
        post: operations["SessionsController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of my recovery codes are left */
        get: operations["RecoveryCodesController_status"];
        put?: never;
        /** New recovery codes in place of all earlier ones, shown once: from a console session with a fresh totpCode (step-up); 403 STEP_UP_REQUIRED with an API token */
        post: operations["RecoveryCodesController_reissue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The session this request’s cookie belongs to; 401 without a live one */
        get: operations["SessionsController_session"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My live sessions, newest first */
        get: operations["SessionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End one of my sessions (another user’s answers 404, as a missing one does) */
        delete: operations["SessionsController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/console/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConsoleController_board"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/console/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConsoleController_configView"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CustomersController_list"];
        put?: never;
        /** Add a customer: a controller we process data for, with the DPA’s contact and warning window */
        post: operations["CustomersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CustomersController_get"];
        put?: never;
        post?: never;
        delete: operations["CustomersController_delete"];
        options?: never;
        head?: never;
        patch: operations["CustomersController_update"];
        trace?: never;
    };
    "/api/v1/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["IncidentsController_list"];
        put?: never;
        post: operations["IncidentsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["IncidentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["IncidentsController_update"];
        trace?: never;
    };
    "/api/v1/incidents/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take the incident on: the first acknowledgement is kept; a later one by another person is a take-over, noted */
        post: operations["IncidentsController_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/assess": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run the risk engine again on the stored facts */
        post: operations["IncidentsController_assess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of the risk assessment, oldest first */
        get: operations["IncidentsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/assessments/{version}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DPO: confirm a pending downgrade (an assessment that would drop a duty or stop a clock), with a justification; until then the decision in force, its clocks and reminders stand. 409 ASSESSMENT_CHANGED if the version is not the pending one */
        post: operations["IncidentsController_confirmDowngrade"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/assessments/override": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DPO: replace the engine’s decision, with a written justification (the engine’s result is kept) */
        post: operations["IncidentsController_override"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/clocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every legal deadline of the incident: regime, recipient, dueAt (UTC), dueAtLocal, state, time left */
        get: operations["IncidentsController_clocksOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/clocks/{key}/filings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a report made to meet a clock of any regime (sent at, channel, reference): the first meets it, late when after dueAt; the phases that count from it (ePrivacy second phase, NIS2 final report, DORA intermediate and final) are re-planned */
        post: operations["IncidentsController_recordFiling"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/clocks/{key}/not-required": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DPO: record, with a reason, that a clock needs no notice; its reminders stop */
        post: operations["IncidentsController_notRequired"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["IncidentsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every planned, sent, superseded or cancelled alert of the incident (also when Slack is off) */
        get: operations["IncidentsController_escalations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["IncidentsController_addNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every notice of the incident, oldest first */
        get: operations["NoticesController_list"];
        put?: never;
        /** Draft a notice from the incident’s facts, latest assessment, organisation and clocks */
        post: operations["NoticesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The whole inventory as a file (JSON or a CSV sheet), portable between installations */
        get: operations["InventoryController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Load an inventory file: every problem named by path (JSON) or row and column (CSV), and nothing changed unless there is none */
        post: operations["InventoryController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the invitation is for, and the TOTP setup key (text, otpauth URL, QR code) */
        get: operations["InvitationsController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the password (at least 12 characters) and, with `code`, enrol TOTP (required for dpo and admin); answers the recovery codes once */
        post: operations["InvitationsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NoticesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit the body or the reasons for delay; a new version, back to draft, any approval void */
        patch: operations["NoticesController_edit"];
        trace?: never;
    };
    "/api/v1/notices/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DPO: approve exactly the version read ({version, bodyHash}); 409 NOTICE_CHANGED if it changed since, 403 FOUR_EYES for its own author; from the console, with a fresh totpCode (step-up) */
        post: operations["NoticesController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/{id}/authorship": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** DPO: whether you drafted or wrote the current version (four eyes: another DPO approves it) and, if so, whether the organisation allows you to approve it alone with a singlePersonReason */
        get: operations["NoticesController_authorship"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/{id}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The notice as Markdown, printable HTML or an A4 PDF
         * @description A PDF over its time or memory budget answers 422; with too many PDFs in the making, 503 with Retry-After.
         */
        get: operations["NoticesController_document"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DPO: send the notice back, saying what has to change; from the console, with a fresh totpCode (step-up) */
        post: operations["NoticesController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/{id}/sent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the approved notice went out; the clock it meets stops (met, or met late) */
        post: operations["NoticesController_markSent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit for the DPO’s approval (a late authority notice needs reasonsForDelay) */
        post: operations["NoticesController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of the body, oldest first */
        get: operations["NoticesController_versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganisationController_get"];
        /** Set the organisation: the contract’s fields required, any other field optional; fields not sent keep their values */
        put: operations["OrganisationController_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change some settings: dpo and escalation merge field by field, arrays are replaced whole */
        patch: operations["OrganisationController_update"];
        trace?: never;
    };
    "/api/v1/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RegisterController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk/assess": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What-if: the assessment these facts would get; nothing is stored
         * @description Takes exactly the intake body; title, description, awareAt, occurredAt, detectedAt, affectedControllers and sectors are validated as at intake and do not change the score.
         */
        post: operations["RiskController_whatIf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/systems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SystemsController_list"];
        put?: never;
        /** Add a system and the data sets it holds (our role in each; for processor data, whose it is) */
        post: operations["SystemsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/systems/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SystemsController_get"];
        put?: never;
        post?: never;
        delete: operations["SystemsController_delete"];
        options?: never;
        head?: never;
        /** Change a system (not its slug); dataSets, when sent, replaces the list whole */
        patch: operations["SystemsController_update"];
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["UsersController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_list"];
        put?: never;
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["UsersController_update"];
        trace?: never;
    };
    "/api/v1/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuse the user on every channel: tokens revoked, Slack link without roles (audited) */
        post: operations["UsersController_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new one-use console invitation (set a password and TOTP); the user’s earlier links stop working */
        post: operations["UsersController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Let a deactivated user back in (audited); API access needs a new token */
        post: operations["UsersController_reactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_tokens"];
        put?: never;
        post: operations["UsersController_issueToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics (text exposition format); bearer METRICS_TOKEN or an admin token */
        get: operations["MetricsController_scrape"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slack/commands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Slack’s signed slash command: /breach help | new | list | status | ack | assess | approve */
        post: operations["SlackCommandsController_command"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slack/interactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Slack’s signed interactions: the new-incident form, Approve / Reject on approval requests */
        post: operations["SlackInteractionsController_interaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptedInvitationView: {
            /** @description sign in with this email */
            email: string;
            /** @description shown once: each works once in place of a TOTP code (sign-in and step-up); empty when no authenticator was enrolled */
            recoveryCodes: string[];
        };
        AcceptInvitationDto: {
            /**
             * @description the current 6-digit code for the invitation’s setup key: enrols TOTP; required when totpRequired (roles dpo and admin)
             * @example 123456
             */
            code?: string;
            /** @description at least 12 characters */
            password: string;
        };
        AcknowledgedByView: {
            /**
             * @description the actor id
             * @example user:0b6f…
             */
            id: string;
            /** @example Ana Popescu */
            name: string;
        };
        AddNoteDto: {
            body: string;
        };
        AffectedControllerDto: {
            /** @example dpo@client.ro */
            contact: string;
            /** @description this controller’s data affected, when not all of the incident’s */
            dataCategories?: ("identity" | "contact" | "professional" | "account" | "device_and_usage" | "behavioural" | "location" | "communications_metadata" | "communications_content" | "financial" | "credentials" | "national_id" | "health" | "genetic" | "biometric" | "racial_or_ethnic_origin" | "political_opinions" | "religious_beliefs" | "trade_union" | "sex_life_or_orientation" | "criminal_records")[];
            /**
             * @description ISO 3166 alpha-2 codes of the member states of this controller’s affected people
             * @example [
             *       "RO",
             *       "HU"
             *     ]
             */
            memberStates?: string[];
            /** @example Client SRL */
            name: string;
            /**
             * @description contractual window to warn this controller, hours from awareness
             * @default 24
             */
            noticeHours: number;
            /** @description records of THIS controller affected */
            recordsAffected?: number;
            /** @description categories of this controller’s people */
            subjectCategories?: ("customers" | "users" | "employees" | "job_applicants" | "patients" | "children" | "vulnerable_adults" | "public" | "other")[];
            /** @description people of THIS controller affected (its Art. 33(3)(a)); the warning shows a blank, not the incident total, when absent */
            subjectsAffected?: number;
        };
        ApproveNoticeDto: {
            /** @description the SHA-256 of the body the DPO read (the notice’s `bodyHash`) */
            bodyHash: string;
            /** @description only when the organisation allows single-person approval (`singlePersonApproval.allowed`) and the approver drafted or last edited this version: why no second person approves it */
            singlePersonReason?: string;
            /**
             * @description console sessions only (step-up): a fresh code from the authenticator app, or a recovery code; 403 STEP_UP_REQUIRED without it, STEP_UP_INVALID when wrong or already used
             * @example 123456
             */
            totpCode?: string;
            /**
             * @description the version of the body the DPO read (the notice’s `version`)
             * @example 2
             */
            version: number;
        };
        AssessmentPartResponse: {
            /** @description processor part: the engine’s view of the controllers’ duties */
            controllerAdvice?: components["schemas"]["ControllerAdviceResponse"] | null;
            /** @description processor part: the controllers to warn, each at its own window */
            controllers?: string[];
            exemptions: ("art34_3_a" | "art34_3_b" | "art34_3_c")[];
            /** @description Art. 33(1), on this part’s facts; always false for the processor part */
            notifyAuthority: boolean;
            /** @description Art. 33(2): true for the processor part */
            notifyControllers: boolean;
            /** @description Art. 34(1), on this part’s facts; always false for the processor part */
            notifyDataSubjects: boolean;
            reasons: components["schemas"]["ReasonResponse"][];
            /** @enum {string} */
            riskLevel: "unlikely" | "risk" | "high_risk";
            /**
             * @description controller: our own data sets; processor: our customers’
             * @enum {string}
             */
            role: "controller" | "processor";
            severity: components["schemas"]["SeverityResponse"];
            /**
             * @description the systems whose data sets of this role were touched
             * @example [
             *       "call-recordings"
             *     ]
             */
            systems: string[];
        };
        AssessmentResponse: {
            /** @example 2026-10-24T07:00:00.000Z */
            assessedAt: string;
            /** @description for a processor, the engine’s view of each controller’s duties; null for a controller */
            controllerAdvice?: components["schemas"]["ControllerAdviceResponse"] | null;
            /** @description Art. 34(3) exemptions that apply */
            exemptions: ("art34_3_a" | "art34_3_b" | "art34_3_c")[];
            /** @enum {string} */
            method: "enisa-2013+edpb";
            /**
             * @description the version of the engine’s tables and rules
             * @example 2.0.0
             */
            methodVersion: string;
            /** @description Art. 33(1) */
            notifyAuthority: boolean;
            /** @description Art. 33(2), 28(3)(f): a processor warns its controllers of every breach (then notifyAuthority and notifyDataSubjects are false: those duties are the controllers’) */
            notifyControllers?: boolean;
            /** @description Art. 34(1) */
            notifyDataSubjects: boolean;
            /** @description when the incident names systems: each role’s part. The top level is their union: notifyAuthority, notifyDataSubjects and exemptions are the controller part’s, notifyControllers the processor part’s, riskLevel and severity the higher */
            parts?: components["schemas"]["AssessmentPartResponse"][];
            /** @description a reason for every point and decision */
            reasons: components["schemas"]["ReasonResponse"][];
            /** @enum {string} */
            riskLevel: "unlikely" | "risk" | "high_risk";
            severity: components["schemas"]["SeverityResponse"];
        };
        AssessmentVersionResponse: {
            /** @example 2026-10-24T07:00:00.000Z */
            assessedAt: string;
            /** @description on a version made by a DPO confirming a downgrade */
            confirmation: components["schemas"]["DowngradeConfirmationResponse"] | null;
            /** @description for a processor, the engine’s view of each controller’s duties; null for a controller */
            controllerAdvice?: components["schemas"]["ControllerAdviceResponse"] | null;
            /** @description the engine’s own decision, kept beside an override */
            engineDecision: components["schemas"]["EngineDecisionResponse"];
            /** @description Art. 34(3) exemptions that apply */
            exemptions: ("art34_3_a" | "art34_3_b" | "art34_3_c")[];
            /** @enum {string} */
            method: "enisa-2013+edpb";
            /**
             * @description the version of the engine’s tables and rules
             * @example 2.0.0
             */
            methodVersion: string;
            /** @description Art. 33(1) */
            notifyAuthority: boolean;
            /** @description Art. 33(2), 28(3)(f): a processor warns its controllers of every breach (then notifyAuthority and notifyDataSubjects are false: those duties are the controllers’) */
            notifyControllers?: boolean;
            /** @description Art. 34(1) */
            notifyDataSubjects: boolean;
            override: components["schemas"]["RiskOverrideResponse"] | null;
            /** @description when the incident names systems: each role’s part. The top level is their union: notifyAuthority, notifyDataSubjects and exemptions are the controller part’s, notifyControllers the processor part’s, riskLevel and severity the higher */
            parts?: components["schemas"]["AssessmentPartResponse"][];
            /** @description set while this version would drop a duty and no DPO has confirmed it: the top-level decision is the one still in force */
            pendingDowngrade: components["schemas"]["PendingDowngradeResponse"] | null;
            /** @description a reason for every point and decision */
            reasons: components["schemas"]["ReasonResponse"][];
            /** @enum {string} */
            riskLevel: "unlikely" | "risk" | "high_risk";
            severity: components["schemas"]["SeverityResponse"];
            /** @enum {string} */
            trigger: "intake" | "facts_changed" | "reassess" | "override" | "downgrade_confirmed";
            version: number;
        };
        AuditEntryView: {
            /** @example incident.created */
            action: string;
            /** @example user:… */
            actor: string;
            actorName: string;
            /** Format: date-time */
            at: string;
            entityId: string;
            /** @example incident */
            entityType: string;
            hash: string;
            id: number;
        };
        AuthorityReportDto: {
            /**
             * @description dnsc: the national cybersecurity directorate; police; ancom; other_dpa: another data protection authority
             * @enum {string}
             */
            authority: "dnsc" | "police" | "ancom" | "other_dpa" | "other";
            /** @example DNSC */
            name?: string;
            /** @example DNSC-2026-1234 */
            reference?: string;
            /** @example 2026-10-24T14:00:00+03:00 */
            reportedAt?: string;
        };
        AvailabilityDto: {
            /** @description evidence (logs, forensic analysis) shows a deliberate attack did not copy the data (EDPB 01/2021 case 01) */
            exfiltrationRuledOut?: boolean;
            /** @example 4 */
            outageHours: number;
            /** @description people depend on the data being there in time: care, payments, benefits (EDPB 01/2021 case 03) */
            peopleDependOnAccess?: boolean;
            permanentLoss: boolean;
            /** @description a usable backup or copy exists */
            restorable: boolean;
        };
        BoardClockView: {
            /** @description UTC */
            dueAt: string;
            /** @example gdpr_art33 */
            key: string;
            /** @example GDPR Art. 33(1) */
            legalBasis: string;
            /** @example ANSPDCP */
            recipient: string;
            /** @enum {string} */
            state: "running" | "missed";
        };
        BoardItemView: {
            /**
             * @description UTC
             * @example 2026-10-24T08:15:00.000Z
             */
            acknowledgedAt: string | null;
            /** @description who first acknowledged (took on) the incident */
            acknowledgedBy: components["schemas"]["AcknowledgedByView"] | null;
            awareAt: string;
            /** @description the most urgent clock still owing: a missed one, else the soonest running */
            clock: components["schemas"]["BoardClockView"] | null;
            id: string;
            notifyAuthority: boolean | null;
            notifyDataSubjects: boolean | null;
            /** @example BR-2026-0001 */
            reference: string;
            /** @enum {string|null} */
            riskLevel: "unlikely" | "risk" | "high_risk" | null;
            title: string;
        };
        BoardView: {
            /** @example Europe/Bucharest */
            displayTimeZone: string;
            /** @description open incidents, most urgent clock first */
            items: components["schemas"]["BoardItemView"][];
        };
        ChainVerificationView: {
            /** @description the signed checkpoint that reached furthest */
            checkpoint: components["schemas"]["CheckpointClaimView"] | null;
            /** @description entries in the log */
            entries: number;
            /** @description id of the first entry whose hash or link is wrong, or the first that a rewrite may have changed */
            firstBadEntry: number | null;
            /** @description entries a signed checkpoint counted that are gone (a deleted tail) */
            missingEntries: components["schemas"]["EntryRangeView"] | null;
            /** @description the chain links up, matches every signed checkpoint and has lost nothing they counted */
            ok: boolean;
            /** @description each finding in a sentence */
            problems: string[];
            /** @description a signed checkpoint no longer matches the chain: it was re-hashed */
            rewritten: boolean;
        };
        CheckpointClaimView: {
            /** Format: date-time */
            at: string;
            /** @description entries in the chain when it was signed */
            entries: number;
            /** @description hash of the last of those entries */
            headHash: string;
        };
        CheckpointExportView: {
            /** @description newest first */
            checkpoints: components["schemas"]["SignedCheckpointView"][];
            keyId: string;
            /** @description the service's checkpoint public key (SPKI PEM), to verify the signatures */
            publicKey: string;
        };
        ClockResponse: {
            /**
             * @description UTC
             * @example 2026-10-27T07:00:00.000Z
             */
            dueAt: string;
            /**
             * @description in TZ_DISPLAY, with its offset
             * @example 2026-10-27T09:00:00+02:00
             */
            dueAtLocal: string;
            /** @description every report made for the clock, oldest first; the first met it */
            filings: components["schemas"]["FilingResponse"][];
            /**
             * @description unique per incident
             * @example gdpr_art33
             */
            key: string;
            /** @description met after the deadline, or missed */
            late: boolean;
            /** @example GDPR Art. 33(1) */
            legalBasis: string;
            metAt: string | null;
            /**
             * @description the notice that meets the clock
             * @example authority
             */
            noticeKind: string | null;
            notRequiredReason?: string;
            /** @example ANSPDCP */
            recipient: string;
            /** @example gdpr_art33 */
            regime: string;
            /** @description negative when overdue; frozen when met; 0 when not required */
            secondsLeft: number;
            /** @example 2026-10-24T07:00:00.000Z */
            startsAt: string;
            /** @enum {string} */
            state: "running" | "met" | "missed" | "not_required";
            /** @example 1d 2h 3m */
            timeLeft: string;
        };
        CloseIncidentDto: {
            /**
             * @description not_a_personal_data_breach still keeps the incident in the register
             * @enum {string}
             */
            category: "resolved" | "not_a_personal_data_breach" | "duplicate" | "false_positive";
            reason: string;
        };
        ConfidentialityDto: {
            /** @description evidence (access logs, forensic analysis) shows nobody unauthorised read the exposed data; the only fact that answers an exposure */
            accessRuledOut?: boolean;
            /** @description the recipient returned the data or provably deleted it */
            dataRetrieved: boolean;
            /**
             * @description how many known recipients had the data (a letter to one wrong person: 1)
             * @example 1
             */
            recipientCount?: number;
            /** @description a recipient has a reason to use the data against the people: an estranged partner or relative, a competitor */
            recipientMayMisuse?: boolean;
            /**
             * @description who may have the data
             * @enum {string}
             */
            recipients: "none_confirmed" | "known_trusted" | "known_untrusted" | "unknown" | "public";
        };
        ConfirmDowngradeDto: {
            /** @description why the duty or clock the new assessment drops is no longer owed; goes into the register and the audit */
            justification: string;
        };
        ConsoleConfigView: {
            /**
             * @description the console’s language until a person picks one
             * @enum {string}
             */
            defaultLanguage: "ro" | "en";
            /**
             * @description TZ_DISPLAY: the zone the console shows local times in
             * @example Europe/Bucharest
             */
            displayTimeZone: string;
        };
        ContainmentDto: {
            /** @description the breach is stopped: no more data can leave, change or be lost through it */
            contained: boolean;
            /**
             * @description since when it is contained
             * @example 2026-10-24T12:00:00+03:00
             */
            since?: string;
        };
        ControllerAdviceResponse: {
            /** @description Art. 34(3) exemptions that would apply to them */
            exemptions: ("art34_3_a" | "art34_3_b" | "art34_3_c")[];
            /** @description the controllers will likely have to notify ANSPDCP (Art. 33(1)) */
            notifyAuthority: boolean;
            /** @description the controllers will likely have to tell the people (Art. 34(1)) */
            notifyDataSubjects: boolean;
            reasons: components["schemas"]["ReasonResponse"][];
        };
        CreateCustomerDto: {
            /**
             * @description where breach warnings go (the DPA’s contact)
             * @example dpo@alpha.test
             */
            contact: string;
            /**
             * @description the language of the warnings
             * @default ro
             * @enum {string}
             */
            language: "ro" | "en";
            /**
             * @description unique; exported inventories name the customer by it
             * @example Shop Alpha SRL
             */
            name: string;
            notes?: string | null;
            /**
             * @description the DPA’s window to warn this customer of a breach, in hours from awareness
             * @default 24
             */
            noticeHours: number;
        };
        CreatedUserView: {
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description Set: the user is refused on every channel (POST /users/{id}/reactivate lets them back)
             */
            deactivatedAt: string | null;
            email: string;
            id: string;
            /** Format: date-time */
            invitationExpiresAt: string;
            /** @description one-use console invitation (set a password and TOTP): PUBLIC_URL/invitation/{token}, a path when PUBLIC_URL is unset */
            invitationUrl: string;
            name: string;
            /** @description the user has set a console password (accepted an invitation) */
            passwordSet: boolean;
            roles: ("reporter" | "responder" | "dpo" | "admin")[];
            slackUserId: string | null;
            /** @description The new API token, shown once */
            token: string;
            tokenId: string;
            /** @description the user has an authenticator (TOTP) enrolled */
            totpEnrolled: boolean;
        };
        CreateIncidentDto: {
            /** @description when role is processor: each customer to warn */
            affectedControllers?: components["schemas"]["AffectedControllerDto"][];
            availability?: components["schemas"]["AvailabilityDto"];
            /**
             * @description when the organisation became aware; starts the clocks; default now; not in the future
             * @example 2026-10-24T10:00:00+03:00
             */
            awareAt?: string;
            /**
             * @example [
             *       "confidentiality"
             *     ]
             */
            breachTypes: ("confidentiality" | "integrity" | "availability")[];
            confidentiality?: components["schemas"]["ConfidentialityDto"];
            containment?: components["schemas"]["ContainmentDto"];
            /** @description the controller’s identity itself reveals something about the people (a clinic, a union) */
            controllerRevealsSensitiveContext?: boolean;
            crossBorder?: components["schemas"]["CrossBorderDto"];
            /**
             * @description required unless systems is given; then, when left out, the touched data sets’ categories
             * @example [
             *       "identity",
             *       "contact"
             *     ]
             */
            dataCategories?: ("identity" | "contact" | "professional" | "account" | "device_and_usage" | "behavioural" | "location" | "communications_metadata" | "communications_content" | "financial" | "credentials" | "national_id" | "health" | "genetic" | "biometric" | "racial_or_ethnic_origin" | "political_opinions" | "religious_beliefs" | "trade_union" | "sex_life_or_orientation" | "criminal_records")[];
            /**
             * @description the data actually affected, in words
             * @example order history: products bought and order values
             */
            dataDescription?: string;
            /**
             * @description per category, how much the data reveal when not what the category usually does (ENISA 2013): none (no substantial insight), general (general assumptions: order values), partial, full (complete: full card data, test results)
             * @example {
             *       "financial": "general"
             *     }
             */
            dataInsight?: {
                /** @enum {string} */
                account?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                behavioural?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                biometric?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                communications_content?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                communications_metadata?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                contact?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                credentials?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                criminal_records?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                device_and_usage?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                financial?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                genetic?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                health?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                identity?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                location?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                national_id?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                political_opinions?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                professional?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                racial_or_ethnic_origin?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                religious_beliefs?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                sex_life_or_orientation?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                trade_union?: "none" | "general" | "partial" | "full";
            };
            /**
             * @description what is known to have happened to the data: exposed (no known access), accessed, copied, copied_and_published
             * @enum {string}
             */
            dataOutcome?: "exposed" | "accessed" | "copied" | "copied_and_published";
            description?: string;
            /** @example 2026-10-24T06:40:00Z */
            detectedAt?: string;
            /** @description Art. 34(3)(c): people cannot be reached one by one */
            disproportionateEffort?: boolean;
            /** @description DORA clocks run only once the incident is classified major */
            doraClassification?: components["schemas"]["DoraClassificationDto"];
            /** @description reachable at any hour while the breach is handled (for controllers we warn) */
            emergencyContact?: components["schemas"]["EmergencyContactDto"];
            /** @description the data suffice to impersonate people or take over their accounts: ID document copies, full card data */
            enablesFraud?: boolean;
            encryption?: components["schemas"]["EncryptionDto"];
            /** @description which financial data; amounts_only: e.g. order values, no card or account */
            financialDataKinds?: ("payment_card" | "bank_account" | "amounts_only")[];
            /**
             * @description when absent, inferred from the categories
             * @enum {string}
             */
            identifiability?: "negligible" | "limited" | "significant" | "maximum";
            /** @description indicators of compromise (addresses, hashes, file names), shown as typed */
            indicatorsOfCompromise?: string[];
            integrity?: components["schemas"]["IntegrityDto"];
            /** @description the investigation is declared finished; until then notices say it continues and a supplement will follow */
            investigationComplete?: boolean;
            /** @description caused deliberately (attack, theft, insider) */
            malicious?: boolean;
            mitigation?: components["schemas"]["MitigationDto"];
            /** @description NIS2 clocks run only once the incident is classified significant */
            nis2Classification?: components["schemas"]["Nis2ClassificationDto"];
            /** @example 2026-10-23T22:15:00Z */
            occurredAt?: string;
            /** @description reports already made to other authorities (DNSC, police, …) */
            otherAuthoritiesInformed?: components["schemas"]["AuthorityReportDto"][];
            /** @description Art. 34(2): what happened in clear and plain language, for the letter to the people; the letter shows a blank without it */
            plainLanguageSummary?: string;
            /** @description approximate number of records */
            recordsAffected?: number;
            /**
             * @description eprivacy: data processed in providing a publicly available electronic communications service (Law 506/2004 art. 3^1, Reg. 611/2013; GDPR Art. 95: no Art. 33/34); default eprivacy for an electronic_communications provider’s communications_metadata, communications_content or location data, else gdpr
             * @enum {string}
             */
            regime?: "gdpr" | "eprivacy";
            /**
             * @description required unless systems is given; then, when left out, from the inventory (controller when any touched data set is our own: each data set keeps its role); when stated, only the touched data sets of that role count
             * @enum {string}
             */
            role?: "controller" | "processor";
            /** @description disclosure could endanger people’s physical safety: victims of domestic abuse, protected witnesses */
            safetyAtRisk?: boolean;
            /** @description regimes whose clocks apply besides the GDPR; default from the organisation */
            sectors?: ("electronic_communications" | "nis2_essential" | "nis2_important" | "financial_dora")[];
            subjectCategories?: ("customers" | "users" | "employees" | "job_applicants" | "patients" | "children" | "vulnerable_adults" | "public" | "other")[];
            /**
             * @description processor incidents: who informs the people (the controller, unless it instructed us to)
             * @enum {string}
             */
            subjectInformer?: "controller" | "processor_on_instruction";
            /** @description approximate number of people */
            subjectsAffected?: number;
            /** @description the controller cannot yet tell who is affected, or has no way to reach them (Art. 34(3)(c)) */
            subjectsUnreachable?: boolean;
            /** @description sub-processors involved in the breach */
            subProcessors?: string[];
            /**
             * @description slugs of the inventory’s systems the breach touched: role, dataCategories, subjectCategories, subjectsAffected, recordsAffected, encryption, regime and affectedControllers then come from their data sets unless stated (what is stated wins); the incident keeps the data sets (dataSets) and where each fact came from (factSources)
             * @example [
             *       "call-recordings"
             *     ]
             */
            systems?: string[];
            /**
             * @description the language description, mitigation.measures, plainLanguageSummary and dataDescription are written in; a notice in another language shows a blank to translate unless translations gives the text
             * @enum {string}
             */
            textLanguage?: "ro" | "en";
            /** @example Call recordings bucket exposed */
            title: string;
            /** @description the free texts per notice language */
            translations?: components["schemas"]["TranslationsDto"];
        };
        CreateNoticeDto: {
            /**
             * @description controller only: which of the incident’s affectedControllers is addressed
             * @default 0
             */
            controllerIndex: number;
            /**
             * @description authority: Art. 33 to ANSPDCP; data_subjects: Art. 34 letter; controller: a processor’s Art. 33(2) notice
             * @enum {string}
             */
            kind: "authority" | "data_subjects" | "controller";
            /** @enum {string} */
            language: "ro" | "en";
            /** @description who signs an authority notice (name, position); the DPO when absent */
            signatory?: components["schemas"]["SignatoryDto"];
            /**
             * Format: uuid
             * @description authority only: a sent authority notice of the same incident this one completes (Art. 33(4))
             */
            supplementTo?: string;
        };
        CreateSystemDto: {
            dataSets: components["schemas"]["DataSetDto"][];
            description?: string | null;
            /** @example Call recordings */
            name: string;
            /**
             * @description lowercase kebab, unique and stable: incidents name the system by it
             * @example call-recordings
             */
            slug: string;
        };
        CreateUserDto: {
            /** @example ioana.popescu@example.ro */
            email: string;
            /** @example Ioana Popescu */
            name: string;
            /**
             * @example [
             *       "dpo"
             *     ]
             */
            roles: ("reporter" | "responder" | "dpo" | "admin")[];
            /**
             * @description Slack user id (U…) linked to this user; PATCH with null unlinks
             * @example U012AB3CD
             */
            slackUserId?: string | null;
        };
        CrossBorderDto: {
            /**
             * @description ISO 3166 alpha-2 codes of the member states with affected people
             * @example [
             *       "HU",
             *       "BG"
             *     ]
             */
            memberStates: string[];
        };
        CustomerShareDto: {
            /**
             * Format: uuid
             * @description a customer of /api/v1/customers
             */
            customerId: string;
            /** @description this customer’s approximate number of records in the data set */
            recordsAffected?: number;
            /** @description this customer’s approximate number of people in the data set */
            subjectsAffected?: number;
        };
        CustomerShareView: {
            /**
             * Format: uuid
             * @description a customer of /api/v1/customers
             */
            customerId: string;
            /** @description the customer’s name, for reading */
            customerName: string;
            /** @description this customer’s approximate number of records in the data set */
            recordsAffected?: number;
            /** @description this customer’s approximate number of people in the data set */
            subjectsAffected?: number;
        };
        CustomerView: {
            contact: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            language: "ro" | "en";
            name: string;
            notes: string | null;
            noticeHours: number;
            /** Format: date-time */
            updatedAt: string;
        };
        DataSetDto: {
            /** @description processor data sets only: the customers (controllers) whose data it is, each with its own figures */
            customers?: components["schemas"]["CustomerShareDto"][];
            dataCategories: ("identity" | "contact" | "professional" | "account" | "device_and_usage" | "behavioural" | "location" | "communications_metadata" | "communications_content" | "financial" | "credentials" | "national_id" | "health" | "genetic" | "biometric" | "racial_or_ethnic_origin" | "political_opinions" | "religious_beliefs" | "trade_union" | "sex_life_or_orientation" | "criminal_records")[];
            /**
             * @description data processed in providing a public electronic-communications service (Law 506/2004, Reg. 611/2013)
             * @default false
             */
            electronicCommunications: boolean;
            /** @enum {string} */
            encryptionAtRest?: "none" | "weak" | "strong";
            /** @example AWS eu-central-1 */
            hosting?: string;
            /** @description approximate number of records */
            recordsAffected?: number;
            /** @example 24 months */
            retention?: string;
            /**
             * @description our role: controller (our own data) or processor (customers’ data)
             * @enum {string}
             */
            role: "controller" | "processor";
            subjectCategories: ("customers" | "users" | "employees" | "job_applicants" | "patients" | "children" | "vulnerable_adults" | "public" | "other")[];
            /** @description approximate number of people (for processor data, see customers) */
            subjectsAffected?: number;
        };
        DataSetView: {
            customers: components["schemas"]["CustomerShareView"][];
            dataCategories: ("identity" | "contact" | "professional" | "account" | "device_and_usage" | "behavioural" | "location" | "communications_metadata" | "communications_content" | "financial" | "credentials" | "national_id" | "health" | "genetic" | "biometric" | "racial_or_ethnic_origin" | "political_opinions" | "religious_beliefs" | "trade_union" | "sex_life_or_orientation" | "criminal_records")[];
            electronicCommunications: boolean;
            /** @enum {string} */
            encryptionAtRest?: "none" | "weak" | "strong";
            /** @example AWS eu-central-1 */
            hosting?: string;
            /** @description approximate number of records */
            recordsAffected?: number;
            /** @example 24 months */
            retention?: string;
            /**
             * @description our role: controller (our own data) or processor (customers’ data)
             * @enum {string}
             */
            role: "controller" | "processor";
            subjectCategories: ("customers" | "users" | "employees" | "job_applicants" | "patients" | "children" | "vulnerable_adults" | "public" | "other")[];
            /** @description approximate number of people (for processor data, see customers) */
            subjectsAffected?: number;
        };
        DoraClassificationDto: {
            /**
             * @description when it was classified as major; the initial notification is due 4 h later, 24 h after awareAt at the latest
             * @example 2026-10-24T12:00:00Z
             */
            classifiedAt: string;
            /** @description a major ICT-related incident under DORA Art. 18: its clocks start; false: none run */
            major: boolean;
        };
        DowngradeConfirmationResponse: {
            at: string;
            by: string;
            byName: string;
            /** @description the version whose downgrade was confirmed */
            confirmsVersion: number;
            justification: string;
        };
        DpoContactDto: {
            /**
             * @description the DPO’s postal address (ANSPDCP notification form, item 2)
             * @example Str. Exemplu 1, București
             */
            address: string;
            /** @example dpo@example.ro */
            email: string;
            /** @example Ioana Popescu */
            name: string;
            /** @example +40 721 000 000 */
            phone: string;
        };
        DpoContactPatchDto: {
            /**
             * @description the DPO’s postal address (ANSPDCP notification form, item 2)
             * @example Str. Exemplu 1, București
             */
            address?: string;
            /** @example dpo@example.ro */
            email?: string;
            /** @example Ioana Popescu */
            name?: string;
            /** @example +40 721 000 000 */
            phone?: string;
        };
        DpoContactPutDto: {
            /**
             * @description the DPO’s postal address (ANSPDCP notification form, item 2)
             * @example Str. Exemplu 1, București
             */
            address?: string;
            /** @example dpo@example.ro */
            email: string;
            /** @example Ioana Popescu */
            name: string;
            /** @example +40 721 000 000 */
            phone: string;
        };
        DutyDecisionResponse: {
            notifyAuthority: boolean;
            /** @description a processor’s duty to warn its controllers (Art. 33(2)), where the engine states it */
            notifyControllers?: boolean;
            notifyDataSubjects: boolean;
            /** @enum {string} */
            riskLevel: "unlikely" | "risk" | "high_risk";
        };
        EmergencyContactDto: {
            email?: string;
            name?: string;
            /** @example +40 721 000 111 */
            phone: string;
        };
        EncryptionDto: {
            keyCompromised: boolean;
            /**
             * @description strong: state-of-the-art encryption, or salted slow hashing for secrets
             * @enum {string}
             */
            level: "none" | "weak" | "strong";
        };
        EngineDecisionResponse: {
            notifyAuthority: boolean;
            notifyDataSubjects: boolean;
            /** @enum {string} */
            riskLevel: "unlikely" | "risk" | "high_risk";
        };
        EntryRangeView: {
            from: number;
            to: number;
        };
        EscalationContactDto: {
            email?: string;
            /** @example Chief Information Security Officer */
            name: string;
            /** @example U012AB3CD */
            slackUserId?: string;
        };
        EscalationDeliveryResponse: {
            attempts: number;
            lastError: string | null;
            sentAt: string | null;
            /**
             * @description held: recorded while Slack is off
             * @enum {string}
             */
            state: "pending" | "sent" | "held";
        };
        EscalationSettingsDto: {
            contacts: components["schemas"]["EscalationContactDto"][];
            /**
             * @description alerts at or below this many hours left, and overdue ones, also mention the escalation contacts
             * @example 2
             */
            contactsFromHoursLeft: number;
            /**
             * @description alerts at or below this many hours left also mention the DPO
             * @example 12
             */
            dpoFromHoursLeft: number;
            /**
             * @description the alert when an incident is logged mentions the DPO, whatever the time left (GDPR Art. 38(1)); absent means true
             * @default true
             */
            dpoOnLogging: boolean;
            /**
             * @description after the deadline, an overdue alert every this many hours
             * @example 6
             */
            overdueRepeatHours: number;
            /**
             * @description reminders when this many hours remain
             * @example [
             *       48,
             *       24,
             *       12,
             *       6,
             *       2
             *     ]
             */
            reminderHoursLeft: number[];
        };
        EscalationSettingsPatchDto: {
            contacts?: components["schemas"]["EscalationContactDto"][];
            /**
             * @description alerts at or below this many hours left, and overdue ones, also mention the escalation contacts
             * @example 2
             */
            contactsFromHoursLeft?: number;
            /**
             * @description alerts at or below this many hours left also mention the DPO
             * @example 12
             */
            dpoFromHoursLeft?: number;
            /**
             * @description the alert when an incident is logged mentions the DPO, whatever the time left (GDPR Art. 38(1)); absent means true
             * @default true
             */
            dpoOnLogging: boolean;
            /**
             * @description after the deadline, an overdue alert every this many hours
             * @example 6
             */
            overdueRepeatHours?: number;
            /**
             * @description reminders when this many hours remain
             * @example [
             *       48,
             *       24,
             *       12,
             *       6,
             *       2
             *     ]
             */
            reminderHoursLeft?: number[];
        };
        EscalationStepResponse: {
            audience: ("channel" | "dpo" | "contacts")[];
            /** @example gdpr_art33 */
            clockKey: string;
            delivery: components["schemas"]["EscalationDeliveryResponse"] | null;
            fireAt: string;
            /** @enum {string} */
            kind: "logged" | "reminder" | "overdue";
            /** @example left_24h */
            level: string;
            processedAt: string | null;
            /** @enum {string} */
            state: "pending" | "sent" | "superseded" | "cancelled";
        };
        FilingDto: {
            /** @example DNSC incident-reporting platform */
            channel: string;
            /**
             * @description the recipient’s registration number or ticket
             * @example DNSC-2026-1234
             */
            externalReference: string;
            /**
             * @description when the report reached the recipient; not in the future
             * @example 2026-10-24T15:30:00Z
             */
            sentAt: string;
        };
        FilingResponse: {
            /** @example DNSC incident-reporting platform */
            channel: string;
            /** @example DNSC-2026-1234 */
            externalReference: string;
            id: string;
            recordedAt: string;
            /** @example user:… */
            recordedBy: string;
            /**
             * @description UTC
             * @example 2026-10-24T15:30:00.000Z
             */
            sentAt: string;
        };
        FreeTextsDto: {
            /** @description the data actually affected, in words */
            dataDescription?: string;
            /** @description what happened, for the authority and controllers */
            description?: string;
            /** @description the measures taken or proposed */
            measures?: string;
            /** @description what happened, in clear and plain language for the people (Art. 34(2)) */
            plainLanguageSummary?: string;
        };
        ImportCounts: {
            created: number;
            deleted: number;
            unchanged: number;
            updated: number;
        };
        ImportSummaryView: {
            customers: components["schemas"]["ImportCounts"];
            /** @enum {string} */
            mode: "merge" | "replace";
            systems: components["schemas"]["ImportCounts"];
        };
        IncidentDataSetView: {
            /** @description processor data sets: each controller with its own figures here */
            controllers: components["schemas"]["AffectedControllerDto"][];
            dataCategories: ("identity" | "contact" | "professional" | "account" | "device_and_usage" | "behavioural" | "location" | "communications_metadata" | "communications_content" | "financial" | "credentials" | "national_id" | "health" | "genetic" | "biometric" | "racial_or_ethnic_origin" | "political_opinions" | "religious_beliefs" | "trade_union" | "sex_life_or_orientation" | "criminal_records")[];
            /** @description data processed in providing a public electronic-communications service */
            electronicCommunications: boolean;
            /** @enum {string} */
            encryptionAtRest?: "none" | "weak" | "strong";
            recordsAffected?: number;
            /**
             * @description our role for this data set
             * @enum {string}
             */
            role: "controller" | "processor";
            subjectCategories: ("customers" | "users" | "employees" | "job_applicants" | "patients" | "children" | "vulnerable_adults" | "public" | "other")[];
            subjectsAffected?: number;
            /** @example call-recordings */
            system: string;
        };
        IncidentPageView: {
            /** @description another page follows this one (page + 1 has incidents); page on while true */
            hasMore: boolean;
            items: components["schemas"]["IncidentView"][];
            page: number;
            pageSize: number;
            /** @description how many incidents match, counted exactly up to 1000 (and whenever this page reaches the last one); when more match, 1000 and totalExact is false */
            total: number;
            /** @description false when total stopped counting at 1000: at least that many match */
            totalExact: boolean;
        };
        IncidentView: {
            /**
             * @description UTC
             * @example 2026-10-24T08:15:00.000Z
             */
            acknowledgedAt: string | null;
            /** @description who first acknowledged (took on) the incident */
            acknowledgedBy: components["schemas"]["AcknowledgedByView"] | null;
            /** @description when role is processor: each customer to warn */
            affectedControllers?: components["schemas"]["AffectedControllerDto"][];
            /** @description the latest risk assessment, with the decision in force */
            assessment: components["schemas"]["AssessmentVersionResponse"] | null;
            availability?: components["schemas"]["AvailabilityDto"];
            /**
             * @description when the organisation became aware; starts the clocks; default now; not in the future
             * @example 2026-10-24T07:00:00.000Z
             */
            awareAt?: string;
            /**
             * @description awareAt in TZ_DISPLAY
             * @example 2026-10-24T10:00:00+03:00
             */
            awareAtLocal: string;
            /**
             * @example [
             *       "confidentiality"
             *     ]
             */
            breachTypes: ("confidentiality" | "integrity" | "availability")[];
            /** @enum {string|null} */
            closeCategory?: "resolved" | "not_a_personal_data_breach" | "duplicate" | "false_positive" | null;
            /** Format: date-time */
            closedAt?: string | null;
            closeReason?: string | null;
            confidentiality?: components["schemas"]["ConfidentialityDto"];
            containment?: components["schemas"]["ContainmentDto"];
            /** @description the controller’s identity itself reveals something about the people (a clinic, a union) */
            controllerRevealsSensitiveContext?: boolean;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            crossBorder?: components["schemas"]["CrossBorderDto"];
            /**
             * @description required unless systems is given; then, when left out, the touched data sets’ categories
             * @example [
             *       "identity",
             *       "contact"
             *     ]
             */
            dataCategories: ("identity" | "contact" | "professional" | "account" | "device_and_usage" | "behavioural" | "location" | "communications_metadata" | "communications_content" | "financial" | "credentials" | "national_id" | "health" | "genetic" | "biometric" | "racial_or_ethnic_origin" | "political_opinions" | "religious_beliefs" | "trade_union" | "sex_life_or_orientation" | "criminal_records")[];
            /**
             * @description the data actually affected, in words
             * @example order history: products bought and order values
             */
            dataDescription?: string;
            /**
             * @description per category, how much the data reveal when not what the category usually does (ENISA 2013): none (no substantial insight), general (general assumptions: order values), partial, full (complete: full card data, test results)
             * @example {
             *       "financial": "general"
             *     }
             */
            dataInsight?: {
                /** @enum {string} */
                account?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                behavioural?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                biometric?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                communications_content?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                communications_metadata?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                contact?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                credentials?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                criminal_records?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                device_and_usage?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                financial?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                genetic?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                health?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                identity?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                location?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                national_id?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                political_opinions?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                professional?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                racial_or_ethnic_origin?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                religious_beliefs?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                sex_life_or_orientation?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                trade_union?: "none" | "general" | "partial" | "full";
            };
            /**
             * @description what is known to have happened to the data: exposed (no known access), accessed, copied, copied_and_published
             * @enum {string}
             */
            dataOutcome?: "exposed" | "accessed" | "copied" | "copied_and_published";
            /** @description when systems are named: the data sets touched, each with its role */
            dataSets?: components["schemas"]["IncidentDataSetView"][];
            description?: string;
            /** @example 2026-10-24T06:40:00Z */
            detectedAt?: string;
            /** @description Art. 34(3)(c): people cannot be reached one by one */
            disproportionateEffort?: boolean;
            /** @description DORA clocks run only once the incident is classified major */
            doraClassification?: components["schemas"]["DoraClassificationDto"];
            /** @description reachable at any hour while the breach is handled (for controllers we warn) */
            emergencyContact?: components["schemas"]["EmergencyContactDto"];
            /** @description the data suffice to impersonate people or take over their accounts: ID document copies, full card data */
            enablesFraud?: boolean;
            encryption?: components["schemas"]["EncryptionDto"];
            /**
             * @description when systems are named: where each fact the inventory can supply came from (the reporter’s statement wins)
             * @example {
             *       "dataCategories": "inventory",
             *       "subjectsAffected": "reporter"
             *     }
             */
            factSources?: {
                /** @enum {string} */
                affectedControllers?: "inventory" | "reporter";
                /** @enum {string} */
                dataCategories?: "inventory" | "reporter";
                /** @enum {string} */
                encryption?: "inventory" | "reporter";
                /** @enum {string} */
                recordsAffected?: "inventory" | "reporter";
                /** @enum {string} */
                regime?: "inventory" | "reporter";
                /** @enum {string} */
                role?: "inventory" | "reporter";
                /** @enum {string} */
                subjectCategories?: "inventory" | "reporter";
                /** @enum {string} */
                subjectsAffected?: "inventory" | "reporter";
            };
            /** @description which financial data; amounts_only: e.g. order values, no card or account */
            financialDataKinds?: ("payment_card" | "bank_account" | "amounts_only")[];
            id: string;
            /**
             * @description when absent, inferred from the categories
             * @enum {string}
             */
            identifiability?: "negligible" | "limited" | "significant" | "maximum";
            /** @description indicators of compromise (addresses, hashes, file names), shown as typed */
            indicatorsOfCompromise?: string[];
            integrity?: components["schemas"]["IntegrityDto"];
            /** @description the investigation is declared finished; until then notices say it continues and a supplement will follow */
            investigationComplete?: boolean;
            /** @description caused deliberately (attack, theft, insider) */
            malicious?: boolean;
            mitigation?: components["schemas"]["MitigationDto"];
            /** @description NIS2 clocks run only once the incident is classified significant */
            nis2Classification?: components["schemas"]["Nis2ClassificationDto"];
            /** @description in GET /incidents/{id} only */
            notes?: components["schemas"]["NoteView"][];
            /** @example 2026-10-23T22:15:00Z */
            occurredAt?: string;
            /** @description reports already made to other authorities (DNSC, police, …) */
            otherAuthoritiesInformed?: components["schemas"]["AuthorityReportDto"][];
            /** @description Art. 34(2): what happened in clear and plain language, for the letter to the people; the letter shows a blank without it */
            plainLanguageSummary?: string;
            /** @description approximate number of records */
            recordsAffected?: number;
            /** @example BR-2026-0001 */
            reference: string;
            /**
             * @description eprivacy: data processed in providing a publicly available electronic communications service (Law 506/2004 art. 3^1, Reg. 611/2013; GDPR Art. 95: no Art. 33/34); default eprivacy for an electronic_communications provider’s communications_metadata, communications_content or location data, else gdpr
             * @enum {string}
             */
            regime?: "gdpr" | "eprivacy";
            /**
             * @description controller when any data set touched is our own
             * @enum {string}
             */
            role: "controller" | "processor";
            /** @description disclosure could endanger people’s physical safety: victims of domestic abuse, protected witnesses */
            safetyAtRisk?: boolean;
            /** @description regimes whose clocks apply besides the GDPR; default from the organisation */
            sectors?: ("electronic_communications" | "nis2_essential" | "nis2_important" | "financial_dora")[];
            /** @enum {string} */
            state: "open" | "closed";
            subjectCategories?: ("customers" | "users" | "employees" | "job_applicants" | "patients" | "children" | "vulnerable_adults" | "public" | "other")[];
            /**
             * @description processor incidents: who informs the people (the controller, unless it instructed us to)
             * @enum {string}
             */
            subjectInformer?: "controller" | "processor_on_instruction";
            /** @description approximate number of people */
            subjectsAffected?: number;
            /** @description the controller cannot yet tell who is affected, or has no way to reach them (Art. 34(3)(c)) */
            subjectsUnreachable?: boolean;
            /** @description sub-processors involved in the breach */
            subProcessors?: string[];
            /**
             * @description slugs of the inventory’s systems the breach touched: role, dataCategories, subjectCategories, subjectsAffected, recordsAffected, encryption, regime and affectedControllers then come from their data sets unless stated (what is stated wins); the incident keeps the data sets (dataSets) and where each fact came from (factSources)
             * @example [
             *       "call-recordings"
             *     ]
             */
            systems?: string[];
            /**
             * @description the language description, mitigation.measures, plainLanguageSummary and dataDescription are written in; a notice in another language shows a blank to translate unless translations gives the text
             * @enum {string}
             */
            textLanguage?: "ro" | "en";
            /** @example Call recordings bucket exposed */
            title: string;
            /** @description the free texts per notice language */
            translations?: components["schemas"]["TranslationsDto"];
            /** Format: date-time */
            updatedAt: string;
            /** @description increases with every change */
            version: number;
        };
        IntegrityDto: {
            /** @description data was changed or corrupted */
            altered: boolean;
            /** @description evidence shows nothing was done with the altered data before it was restored (no payment, decision or letter) */
            misuseRuledOut?: boolean;
            /** @description the original can be restored */
            recoverable: boolean;
            /** @description the original has been restored, not only could be */
            restored?: boolean;
        };
        InventoryFileDataSetDto: {
            customers: components["schemas"]["InventoryFileShareDto"][];
            dataCategories: ("identity" | "contact" | "professional" | "account" | "device_and_usage" | "behavioural" | "location" | "communications_metadata" | "communications_content" | "financial" | "credentials" | "national_id" | "health" | "genetic" | "biometric" | "racial_or_ethnic_origin" | "political_opinions" | "religious_beliefs" | "trade_union" | "sex_life_or_orientation" | "criminal_records")[];
            /**
             * @description data processed in providing a public electronic-communications service (Law 506/2004, Reg. 611/2013)
             * @default false
             */
            electronicCommunications: boolean;
            /** @enum {string} */
            encryptionAtRest?: "none" | "weak" | "strong";
            /** @example AWS eu-central-1 */
            hosting?: string;
            /** @description approximate number of records */
            recordsAffected?: number;
            /** @example 24 months */
            retention?: string;
            /**
             * @description our role: controller (our own data) or processor (customers’ data)
             * @enum {string}
             */
            role: "controller" | "processor";
            subjectCategories: ("customers" | "users" | "employees" | "job_applicants" | "patients" | "children" | "vulnerable_adults" | "public" | "other")[];
            /** @description approximate number of people (for processor data, see customers) */
            subjectsAffected?: number;
        };
        InventoryFileDto: {
            customers: components["schemas"]["CreateCustomerDto"][];
            systems: components["schemas"]["InventoryFileSystemDto"][];
        };
        InventoryFileShareDto: {
            /**
             * @description the customer’s name (a customer of the file, or of the inventory when merging)
             * @example Shop Alpha SRL
             */
            customer: string;
            recordsAffected?: number;
            subjectsAffected?: number;
        };
        InventoryFileSystemDto: {
            dataSets: components["schemas"]["InventoryFileDataSetDto"][];
            description?: string | null;
            /** @example Call recordings */
            name: string;
            /**
             * @description lowercase kebab, unique and stable: incidents name the system by it
             * @example call-recordings
             */
            slug: string;
        };
        InvitationView: {
            email: string;
            /** Format: date-time */
            expiresAt: string;
            name: string;
            /** @enum {string} */
            role: "reporter" | "responder" | "dpo" | "admin";
            roles: ("reporter" | "responder" | "dpo" | "admin")[];
            totp: components["schemas"]["TotpSetupView"];
            /** @description the roles dpo and admin sign in with TOTP: accepting needs a code */
            totpRequired: boolean;
        };
        IssuedInvitationView: {
            /** Format: date-time */
            expiresAt: string;
            /** @description one use; PUBLIC_URL/invitation/{token} (a path when PUBLIC_URL is unset) */
            invitationUrl: string;
        };
        IssuedTokenView: {
            id: string;
            prefix: string;
            /** @description The token itself, shown once */
            token: string;
        };
        IssueTokenDto: {
            /** @example SIEM integration */
            label?: string;
            /**
             * @description Rotation: revoke every other active token of the user
             * @default false
             */
            revokeExisting: boolean;
        };
        LiveView: {
            /** @enum {string} */
            status: "ok";
        };
        MarkSentDto: {
            /**
             * @description how it was sent
             * @example ANSPDCP online form
             */
            channel: string;
            /**
             * @description the recipient’s reference, e.g. the registration number ANSPDCP gave the notification
             * @example ANSPDCP 12345/2026
             */
            externalReference: string;
            /**
             * @description a letter to the people only: how many it reached; later authority drafts say it (ANSPDCP form, section 2)
             * @example 11900
             */
            recipientCount?: number;
            /**
             * @description when the notice went out; not in the future, not before the approval
             * @example 2026-10-26T15:30:00+02:00
             */
            sentAt: string;
        };
        MitigationDto: {
            /** @description Art. 34(3)(b): measures taken make the high risk no longer likely */
            highRiskNoLongerLikely?: boolean;
            /** @description measures taken or proposed (Art. 33(3)(d)) */
            measures?: string;
        };
        Nis2ClassificationDto: {
            /**
             * @description when the entity became aware the incident is significant; not in the future
             * @example 2026-10-24T12:00:00Z
             */
            classifiedAt: string;
            /** @description a significant incident under NIS2 Art. 23(3): its clocks start; false: none run */
            significant: boolean;
        };
        NoteView: {
            author: string;
            authorName: string;
            body: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
        };
        NoticeAuthorshipView: {
            /** @description the caller drafted the notice or wrote this version: four eyes, another DPO approves it */
            approverWroteIt: boolean;
            /** @description only when approverWroteIt: the organisation allows single-person approval, so the caller may approve with a singlePersonReason */
            singlePersonAllowed: boolean;
            /** @description the notice’s current version, the one this answer is about */
            version: number;
        };
        NoticeVersionView: {
            /** @description Markdown */
            body: string;
            bodyHash: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            reasonsForDelay: string | null;
            version: number;
        };
        NoticeView: {
            /** Format: date-time */
            approvedAt: string | null;
            approvedBy: string | null;
            /** @description SHA-256 of the approved body */
            approvedHash: string | null;
            /** @description set when the approver wrote the text themselves (single-person approval): their reason */
            approvedSinglePersonReason: string | null;
            approvedVersion: number | null;
            /** @description set with an approval: true when confirmed in the console with a second factor (TOTP or recovery code); false for an API token or Slack */
            approvedWithSecondFactor: boolean | null;
            /** @description Markdown */
            body: string;
            /** @description SHA-256 (hex) of the body as UTF-8 */
            bodyHash: string;
            channel: string | null;
            /**
             * @description the clock this notice meets once sent
             * @example gdpr_art33
             */
            clockKey: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            externalReference: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            incidentId: string;
            /** @enum {string} */
            kind: "authority" | "data_subjects" | "controller";
            /** @enum {string} */
            language: "ro" | "en";
            /** @description an authority notice made (or sent) after the deadline of the clock it meets (clockKey): it needs reasonsForDelay */
            late: boolean;
            reasonsForDelay: string | null;
            /** @description a sent letter to the people: how many it reached */
            recipientCount: number | null;
            rejectedReason: string | null;
            /** Format: date-time */
            sentAt: string | null;
            /** @enum {string} */
            state: "draft" | "submitted" | "approved" | "rejected" | "sent";
            /**
             * Format: uuid
             * @description the authority notice this one completes (Art. 33(4))
             */
            supplementTo: string | null;
            title: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description version of the body; every edit adds one */
            version: number;
        };
        NotRequiredDto: {
            /** @description why no notice is owed for this clock */
            reason: string;
        };
        OrganisationDto: {
            /** @example Str. Exemplu 1, București */
            address: string;
            /** @description Slack users not linked to a Breach Desk user may read and log incidents as reporters */
            allowUnlinkedSlackReporters: boolean;
            /**
             * @description Art. 34 target in hours from the high-risk finding
             * @example 72
             */
            dataSubjectsHours: number;
            dpo: components["schemas"]["DpoContactDto"];
            escalation: components["schemas"]["EscalationSettingsDto"];
            /** @description Art. 56 lead authority for cross-border breaches */
            leadAuthority?: string | null;
            /** @example Exemplu Telecom SRL */
            name: string;
            /**
             * @description CUI
             * @example RO12345678
             */
            registrationCode: string;
            /** @enum {string} */
            sector: "public" | "private";
            /** @description regimes whose clocks apply by default */
            sectors: ("electronic_communications" | "nis2_essential" | "nis2_important" | "financial_dora")[];
            /** @description four eyes: absent or allowed=false, nobody approves a notice they wrote */
            singlePersonApproval?: components["schemas"]["SinglePersonApprovalDto"];
        };
        OverrideDecisionDto: {
            /** @description why the engine’s decision does not fit; goes into the register */
            justification: string;
            notifyAuthority: boolean;
            notifyDataSubjects: boolean;
            /** @enum {string} */
            riskLevel: "unlikely" | "risk" | "high_risk";
        };
        PatchOrganisationDto: {
            /** @example Str. Exemplu 1, București */
            address?: string;
            /** @description Slack users not linked to a Breach Desk user may read and log incidents as reporters */
            allowUnlinkedSlackReporters?: boolean;
            /**
             * @description Art. 34 target in hours from the high-risk finding
             * @example 72
             */
            dataSubjectsHours?: number;
            dpo?: components["schemas"]["DpoContactPatchDto"];
            escalation?: components["schemas"]["EscalationSettingsPatchDto"];
            /** @description Art. 56 lead authority for cross-border breaches */
            leadAuthority?: string | null;
            /** @example Exemplu Telecom SRL */
            name?: string;
            /**
             * @description CUI
             * @example RO12345678
             */
            registrationCode?: string;
            /** @enum {string} */
            sector?: "public" | "private";
            /** @description regimes whose clocks apply by default */
            sectors?: ("electronic_communications" | "nis2_essential" | "nis2_important" | "financial_dora")[];
            /** @description four eyes: absent or allowed=false, nobody approves a notice they wrote */
            singlePersonApproval?: components["schemas"]["SinglePersonApprovalDto"];
        };
        PendingDowngradeResponse: {
            /** @description where a DPO confirms it */
            confirmPath: string;
            /** @description the decision waiting for the DPO */
            decision: components["schemas"]["DutyDecisionResponse"];
            /**
             * @description one sentence per dropped duty or clock
             * @example [
             *       "notify the authority (ANSPDCP): yes → no"
             *     ]
             */
            drops: string[];
            /** @description the decision kept in force until a DPO confirms */
            held: components["schemas"]["DutyDecisionResponse"];
            /** @description keys of the clocks kept running meanwhile */
            heldClocks: string[];
        };
        PutOrganisationDto: {
            /** @example Str. Exemplu 1, București */
            address: string;
            /** @description Slack users not linked to a Breach Desk user may read and log incidents as reporters */
            allowUnlinkedSlackReporters?: boolean;
            /**
             * @description Art. 34 target in hours from the high-risk finding
             * @example 72
             */
            dataSubjectsHours?: number;
            dpo: components["schemas"]["DpoContactPutDto"];
            escalation: components["schemas"]["EscalationSettingsDto"];
            /** @description Art. 56 lead authority for cross-border breaches */
            leadAuthority?: string | null;
            /** @example Exemplu Telecom SRL */
            name: string;
            /**
             * @description CUI
             * @example RO12345678
             */
            registrationCode: string;
            /** @enum {string} */
            sector?: "public" | "private";
            /** @description regimes whose clocks apply by default */
            sectors: ("electronic_communications" | "nis2_essential" | "nis2_important" | "financial_dora")[];
            /** @description four eyes: absent or allowed=false, nobody approves a notice they wrote */
            singlePersonApproval?: components["schemas"]["SinglePersonApprovalDto"];
        };
        ReasonResponse: {
            /**
             * @description stable code of the rule; absent only in assessments stored before codes existed
             * @enum {string}
             */
            code?: "dpc.base.identity" | "dpc.base.contact" | "dpc.base.professional" | "dpc.base.account" | "dpc.base.device_and_usage" | "dpc.base.behavioural" | "dpc.base.location" | "dpc.base.communications_metadata" | "dpc.base.communications_content" | "dpc.base.financial" | "dpc.base.credentials" | "dpc.base.national_id" | "dpc.base.health" | "dpc.base.genetic" | "dpc.base.biometric" | "dpc.base.racial_or_ethnic_origin" | "dpc.base.political_opinions" | "dpc.base.religious_beliefs" | "dpc.base.trade_union" | "dpc.base.sex_life_or_orientation" | "dpc.base.criminal_records" | "dpc.insight" | "dpc.volume_per_person" | "dpc.profile" | "dpc.vulnerable_subjects" | "dpc.sensitive_context" | "dpc.safety" | "dpc.highest" | "ei.stated" | "ei.inferred_direct" | "ei.inferred_default" | "cb.confidentiality.none_confirmed" | "cb.confidentiality.known_trusted" | "cb.confidentiality.known_untrusted" | "cb.confidentiality.unknown" | "cb.confidentiality.public" | "cb.confidentiality.not_breached" | "cb.confidentiality.access_ruled_out" | "cb.integrity.unaltered" | "cb.integrity.recoverable" | "cb.integrity.unrecoverable" | "cb.integrity.not_breached" | "cb.availability.short" | "cb.availability.long" | "cb.availability.lost" | "cb.availability.not_breached" | "cb.malicious.deliberate" | "cb.malicious.accidental" | "cb.malicious.unstated" | "severity.score" | "risk.baseline" | "edpb.number_of_people.many" | "edpb.number_of_people.large_scale" | "edpb.permanence.lost" | "edpb.permanence.corrupted" | "edpb.prolonged_unavailability.outage" | "edpb.prolonged_unavailability.no_backup" | "edpb.special_categories" | "edpb.identity_fraud" | "edpb.malicious_actor" | "edpb.published" | "edpb.people_depend_on_access" | "edpb.exfiltration_not_ruled_out" | "edpb.enables_fraud" | "edpb.recipient_may_misuse" | "edpb.recipient_may_misuse.locates" | "edpb.safety_at_risk" | "edpb.vulnerable_subjects" | "edpb.recovery.trusted_recipient_pending" | "edpb.recovery.few_recipients_returned" | "edpb.mitigation.confidentiality.unintelligible" | "edpb.mitigation.confidentiality.trusted_recipient" | "edpb.mitigation.confidentiality.access_ruled_out" | "edpb.no_mitigation.access_not_ruled_out" | "edpb.no_mitigation.people_depend_on_access" | "edpb.no_mitigation.alteration_may_have_been_used" | "edpb.mitigation.availability.restored" | "edpb.mitigation.integrity.unaltered" | "edpb.mitigation.integrity.restored" | "edpb.mitigated" | "decision.authority.not_required" | "decision.authority.required" | "decision.authority.processor" | "decision.controllers.warn" | "decision.controllers.advice" | "decision.data_subjects.not_high_risk" | "decision.data_subjects.exempted" | "decision.data_subjects.required" | "decision.data_subjects.processor" | "exemption.art34_3_a.applies" | "exemption.art34_3_a.does_not_apply" | "exemption.art34_3_b.applies" | "exemption.art34_3_c.applies" | "exemption.art34_3_c.unreachable" | "inventory.derived" | "inventory.stated" | "part.controller" | "part.processor";
            /**
             * @description what it did to the score or the decision
             * @example DPC base 4
             */
            effect: string;
            /** @description plain words a DPO can paste into the register: the English wording of code with params */
            explanation: string;
            /**
             * @description what was weighed
             * @example data_category:health
             */
            factor: string;
            /** @description the values the rule weighed, for wording the reason in any language */
            params?: {
                [key: string]: string | number | boolean | string[];
            };
        };
        RecoveryCodesStatusView: {
            /** @description an authenticator app is enrolled (recovery codes stand in for its codes) */
            totpEnrolled: boolean;
            /** @description recovery codes not used yet */
            unused: number;
        };
        RecoveryCodesView: {
            /** @description shown once; the earlier codes no longer work */
            recoveryCodes: string[];
        };
        RegisterEntryResponse: {
            /** @example 2026-10-24T07:00:00.000Z */
            awareAt: string;
            /**
             * @description awareAt in TZ_DISPLAY
             * @example 2026-10-24T10:00:00+03:00
             */
            awareAtLocal: string;
            breachTypes: string[];
            /**
             * @example [
             *       "gdpr_art33 → ANSPDCP: met (late) 2026-10-28T09:00:00.000Z"
             *     ]
             */
            clockOutcomes: string[];
            closeCategory: string | null;
            closedAt: string | null;
            closeReason: string | null;
            /** @description for a processor, the engine’s advice on each controller’s duties: the decision, then its reasons */
            controllerAdvice: string[];
            dataCategories: string[];
            /**
             * @description when the incident names systems: each data set touched, our role, and whose data it is
             * @example [
             *       "call-recordings: processor for Shop Alpha SRL (12000 people) (identity, communications_content)"
             *     ]
             */
            dataSets: string[];
            /** @description every reason of the decision in force */
            decisionReasons: string[];
            description: string | null;
            detectedAt: string | null;
            exemptions: string[];
            malicious: boolean | null;
            notifyAuthority: boolean | null;
            /** @description a processor’s own duty: warn its controllers (Art. 33(2)) */
            notifyControllers: boolean | null;
            notifyDataSubjects: boolean | null;
            occurredAt: string | null;
            overrideJustification: string | null;
            /**
             * @description when the incident names systems: each role’s part of the decision
             * @example [
             *       "controller (call-recordings): high_risk; notify the authority: yes; notify data subjects: no"
             *     ]
             */
            parts: string[];
            recordsAffected: number | null;
            /** @example BR-2026-0001 */
            reference: string;
            /** @description the measures taken or proposed (mitigation.measures) */
            remedialAction: string | null;
            /** @description the decision in force */
            riskLevel: string | null;
            /** @enum {string} */
            role: "controller" | "processor";
            /** @enum {string} */
            state: "open" | "closed";
            subjectCategories: string[];
            subjectsAffected: number | null;
            title: string;
        };
        RegisterResponse: {
            entries: components["schemas"]["RegisterEntryResponse"][];
            /** @example 2026-10-30T08:00:00.000Z */
            generatedAt: string;
        };
        RejectNoticeDto: {
            /** @description what has to change before approval */
            reason: string;
            /**
             * @description console sessions only (step-up): a fresh code from the authenticator app, or a recovery code; 403 STEP_UP_REQUIRED without it, STEP_UP_INVALID when wrong or already used
             * @example 123456
             */
            totpCode?: string;
        };
        RiskOverrideResponse: {
            /** @example 2026-10-24T09:00:00.000Z */
            at: string;
            /** @example user:… */
            by: string;
            byName: string;
            /** @description the DPO’s written reasons */
            justification: string;
            /** @description the assessment version the DPO looked at; later versions carry the override forward */
            madeOnVersion: number;
            notifyAuthority: boolean;
            notifyDataSubjects: boolean;
            /** @enum {string} */
            riskLevel: "unlikely" | "risk" | "high_risk";
        };
        SessionListItemView: {
            /** Format: date-time */
            createdAt: string;
            /** @description the session this request came with */
            current: boolean;
            /** Format: date-time */
            expiresAt: string;
            /** Format: uuid */
            id: string;
            ip: string | null;
            /** Format: date-time */
            lastSeenAt: string;
            /** @description signed in with a second factor */
            secondFactor: boolean;
            userAgent: string | null;
        };
        SessionView: {
            /** @description send it as the X-CSRF-Token header with every state-changing request made with the session cookie */
            csrfToken: string;
            /**
             * Format: date-time
             * @description the session’s absolute end (SESSION_MAX_HOURS after sign-in), whatever the activity
             */
            expiresAt: string;
            /**
             * Format: date-time
             * @description when the session ends if no request comes before (SESSION_IDLE_MINUTES of inactivity)
             */
            idleExpiresAt: string;
            user: components["schemas"]["SignedInUserView"];
        };
        SeverityResponse: {
            /**
             * @description Circumstances of Breach, 0–2
             * @example 0.75
             */
            cb: number;
            /**
             * @description Data Processing Context, 1–4
             * @example 3
             */
            dpc: number;
            /**
             * @description Ease of Identification, 0.25–1
             * @example 0.75
             */
            ei: number;
            /** @enum {string} */
            level: "low" | "medium" | "high" | "very_high";
            /**
             * @description ENISA 2013: DPC × EI + CB
             * @example 3.25
             */
            score: number;
        };
        SignatoryDto: {
            /** @example Andrei Ionescu */
            name: string;
            /** @example Administrator */
            position: string;
        };
        SignedCheckpointView: {
            /** Format: date-time */
            at: string;
            /** @description entries in the chain when it was signed */
            entries: number;
            /** @description hash of the last of those entries */
            headHash: string;
            /** @description names the public key (first 16 hex digits of the SHA-256 of its SPKI DER) */
            keyId: string;
            /** @description Ed25519 signature, base64, of "breach-desk audit checkpoint v1\n<entries>\n<headHash>\n<at ISO>\n" */
            signature: string;
        };
        SignedInUserView: {
            email: string;
            /** Format: uuid */
            id: string;
            name: string;
            /**
             * @description the weightiest role held (admin, dpo, responder, reporter); `roles` lists them all
             * @enum {string}
             */
            role: "reporter" | "responder" | "dpo" | "admin";
            roles: ("reporter" | "responder" | "dpo" | "admin")[];
        };
        SignInDto: {
            /**
             * @description a 6-digit code from the authenticator app, or one of the recovery codes (each works once); needed when the answer was 401 TOTP_REQUIRED
             * @example 123456
             */
            code?: string;
            /** @example ioana.popescu@example.ro */
            email: string;
            password: string;
        };
        SinglePersonApprovalDto: {
            /**
             * @description the author of a notice may approve it alone (a very small company); each such approval needs a reason
             * @default false
             */
            allowed: boolean;
        };
        StepUpDto: {
            /**
             * @description console sessions only (step-up): a fresh code from the authenticator app, or a recovery code; 403 STEP_UP_REQUIRED without it, STEP_UP_INVALID when wrong or already used
             * @example 123456
             */
            totpCode?: string;
        };
        SystemView: {
            /** Format: date-time */
            createdAt: string;
            dataSets: components["schemas"]["DataSetView"][];
            description: string | null;
            /** Format: uuid */
            id: string;
            name: string;
            slug: string;
            /** Format: date-time */
            updatedAt: string;
        };
        TokenView: {
            /** Format: date-time */
            createdAt: string;
            id: string;
            label: string | null;
            prefix: string;
            /** Format: date-time */
            revokedAt: string | null;
            userId: string;
        };
        TotpSetupView: {
            /** @example otpauth://totp/Breach%20Desk:ioana.popescu%40example.ro?issuer=Breach%20Desk&secret=… */
            otpauthUrl: string;
            /** @description the otpauthUrl as a QR code, an inline SVG document */
            qrCodeSvg: string;
            /** @description the setup key (base32), for typing into an authenticator or a password manager */
            secret: string;
        };
        TranslationsDto: {
            /** @description the free texts in English */
            en?: components["schemas"]["FreeTextsDto"];
            /** @description the free texts in Romanian */
            ro?: components["schemas"]["FreeTextsDto"];
        };
        UpdateCustomerDto: {
            /**
             * @description where breach warnings go (the DPA’s contact)
             * @example dpo@alpha.test
             */
            contact?: string;
            /**
             * @description the language of the warnings
             * @default ro
             * @enum {string}
             */
            language: "ro" | "en";
            /**
             * @description unique; exported inventories name the customer by it
             * @example Shop Alpha SRL
             */
            name?: string;
            notes?: string | null;
            /**
             * @description the DPA’s window to warn this customer of a breach, in hours from awareness
             * @default 24
             */
            noticeHours: number;
        };
        UpdateIncidentDto: {
            /** @description when role is processor: each customer to warn */
            affectedControllers?: components["schemas"]["AffectedControllerDto"][];
            availability?: components["schemas"]["AvailabilityDto"];
            /**
             * @description when the organisation became aware; starts the clocks; default now; not in the future
             * @example 2026-10-24T10:00:00+03:00
             */
            awareAt?: string;
            /**
             * @example [
             *       "confidentiality"
             *     ]
             */
            breachTypes?: ("confidentiality" | "integrity" | "availability")[];
            confidentiality?: components["schemas"]["ConfidentialityDto"];
            containment?: components["schemas"]["ContainmentDto"];
            /** @description the controller’s identity itself reveals something about the people (a clinic, a union) */
            controllerRevealsSensitiveContext?: boolean;
            crossBorder?: components["schemas"]["CrossBorderDto"];
            /**
             * @description required unless systems is given; then, when left out, the touched data sets’ categories
             * @example [
             *       "identity",
             *       "contact"
             *     ]
             */
            dataCategories?: ("identity" | "contact" | "professional" | "account" | "device_and_usage" | "behavioural" | "location" | "communications_metadata" | "communications_content" | "financial" | "credentials" | "national_id" | "health" | "genetic" | "biometric" | "racial_or_ethnic_origin" | "political_opinions" | "religious_beliefs" | "trade_union" | "sex_life_or_orientation" | "criminal_records")[];
            /**
             * @description the data actually affected, in words
             * @example order history: products bought and order values
             */
            dataDescription?: string;
            /**
             * @description per category, how much the data reveal when not what the category usually does (ENISA 2013): none (no substantial insight), general (general assumptions: order values), partial, full (complete: full card data, test results)
             * @example {
             *       "financial": "general"
             *     }
             */
            dataInsight?: {
                /** @enum {string} */
                account?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                behavioural?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                biometric?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                communications_content?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                communications_metadata?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                contact?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                credentials?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                criminal_records?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                device_and_usage?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                financial?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                genetic?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                health?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                identity?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                location?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                national_id?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                political_opinions?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                professional?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                racial_or_ethnic_origin?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                religious_beliefs?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                sex_life_or_orientation?: "none" | "general" | "partial" | "full";
                /** @enum {string} */
                trade_union?: "none" | "general" | "partial" | "full";
            };
            /**
             * @description what is known to have happened to the data: exposed (no known access), accessed, copied, copied_and_published
             * @enum {string}
             */
            dataOutcome?: "exposed" | "accessed" | "copied" | "copied_and_published";
            description?: string;
            /** @example 2026-10-24T06:40:00Z */
            detectedAt?: string;
            /** @description Art. 34(3)(c): people cannot be reached one by one */
            disproportionateEffort?: boolean;
            /** @description DORA clocks run only once the incident is classified major */
            doraClassification?: components["schemas"]["DoraClassificationDto"];
            /** @description reachable at any hour while the breach is handled (for controllers we warn) */
            emergencyContact?: components["schemas"]["EmergencyContactDto"];
            /** @description the data suffice to impersonate people or take over their accounts: ID document copies, full card data */
            enablesFraud?: boolean;
            encryption?: components["schemas"]["EncryptionDto"];
            /** @description which financial data; amounts_only: e.g. order values, no card or account */
            financialDataKinds?: ("payment_card" | "bank_account" | "amounts_only")[];
            /**
             * @description when absent, inferred from the categories
             * @enum {string}
             */
            identifiability?: "negligible" | "limited" | "significant" | "maximum";
            /** @description indicators of compromise (addresses, hashes, file names), shown as typed */
            indicatorsOfCompromise?: string[];
            integrity?: components["schemas"]["IntegrityDto"];
            /** @description the investigation is declared finished; until then notices say it continues and a supplement will follow */
            investigationComplete?: boolean;
            /** @description caused deliberately (attack, theft, insider) */
            malicious?: boolean;
            mitigation?: components["schemas"]["MitigationDto"];
            /** @description NIS2 clocks run only once the incident is classified significant */
            nis2Classification?: components["schemas"]["Nis2ClassificationDto"];
            /** @example 2026-10-23T22:15:00Z */
            occurredAt?: string;
            /** @description reports already made to other authorities (DNSC, police, …) */
            otherAuthoritiesInformed?: components["schemas"]["AuthorityReportDto"][];
            /** @description Art. 34(2): what happened in clear and plain language, for the letter to the people; the letter shows a blank without it */
            plainLanguageSummary?: string;
            /** @description approximate number of records */
            recordsAffected?: number;
            /**
             * @description eprivacy: data processed in providing a publicly available electronic communications service (Law 506/2004 art. 3^1, Reg. 611/2013; GDPR Art. 95: no Art. 33/34); default eprivacy for an electronic_communications provider’s communications_metadata, communications_content or location data, else gdpr
             * @enum {string}
             */
            regime?: "gdpr" | "eprivacy";
            /**
             * @description required unless systems is given; then, when left out, from the inventory (controller when any touched data set is our own: each data set keeps its role); when stated, only the touched data sets of that role count
             * @enum {string}
             */
            role?: "controller" | "processor";
            /** @description disclosure could endanger people’s physical safety: victims of domestic abuse, protected witnesses */
            safetyAtRisk?: boolean;
            /** @description regimes whose clocks apply besides the GDPR; default from the organisation */
            sectors?: ("electronic_communications" | "nis2_essential" | "nis2_important" | "financial_dora")[];
            subjectCategories?: ("customers" | "users" | "employees" | "job_applicants" | "patients" | "children" | "vulnerable_adults" | "public" | "other")[];
            /**
             * @description processor incidents: who informs the people (the controller, unless it instructed us to)
             * @enum {string}
             */
            subjectInformer?: "controller" | "processor_on_instruction";
            /** @description approximate number of people */
            subjectsAffected?: number;
            /** @description the controller cannot yet tell who is affected, or has no way to reach them (Art. 34(3)(c)) */
            subjectsUnreachable?: boolean;
            /** @description sub-processors involved in the breach */
            subProcessors?: string[];
            /**
             * @description slugs of the inventory’s systems the breach touched: role, dataCategories, subjectCategories, subjectsAffected, recordsAffected, encryption, regime and affectedControllers then come from their data sets unless stated (what is stated wins); the incident keeps the data sets (dataSets) and where each fact came from (factSources)
             * @example [
             *       "call-recordings"
             *     ]
             */
            systems?: string[];
            /**
             * @description the language description, mitigation.measures, plainLanguageSummary and dataDescription are written in; a notice in another language shows a blank to translate unless translations gives the text
             * @enum {string}
             */
            textLanguage?: "ro" | "en";
            /** @example Call recordings bucket exposed */
            title?: string;
            /** @description the free texts per notice language */
            translations?: components["schemas"]["TranslationsDto"];
        };
        UpdateNoticeDto: {
            /** @description the whole Markdown body; any edit needs a fresh approval */
            body?: string;
            /** @description authority only: why the notice comes after the deadline of the clock it meets (72 hours from awareness, Art. 33(1); 24 hours for a provider’s initial notification, Reg. 611/2013 Art. 2(2)); written into the body */
            reasonsForDelay?: string;
        };
        UpdateSystemDto: {
            dataSets?: components["schemas"]["DataSetDto"][];
            description?: string | null;
            /** @example Call recordings */
            name?: string;
        };
        UpdateUserDto: {
            /** @example ioana.popescu@example.ro */
            email?: string;
            /** @example Ioana Popescu */
            name?: string;
            /**
             * @example [
             *       "dpo"
             *     ]
             */
            roles?: ("reporter" | "responder" | "dpo" | "admin")[];
            /**
             * @description Slack user id (U…) linked to this user; PATCH with null unlinks
             * @example U012AB3CD
             */
            slackUserId?: string | null;
        };
        UserView: {
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description Set: the user is refused on every channel (POST /users/{id}/reactivate lets them back)
             */
            deactivatedAt: string | null;
            email: string;
            id: string;
            name: string;
            /** @description the user has set a console password (accepted an invitation) */
            passwordSet: boolean;
            roles: ("reporter" | "responder" | "dpo" | "admin")[];
            slackUserId: string | null;
            /** @description the user has an authenticator (TOTP) enrolled */
            totpEnrolled: boolean;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AuditController_exportCheckpoints: {
        parameters: {
            query?: {
                /** @description how many, newest first */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckpointExportView"];
                };
            };
        };
    };
    AuditController_checkpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedCheckpointView"];
                };
            };
        };
    };
    AuditController_entries: {
        parameters: {
            query?: {
                /** @description entries older than this id (the next page) */
                before?: number;
                /** @description only the entries about this entity (an incident, a notice, a user …) */
                entityId?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryView"][];
                };
            };
        };
    };
    AuditController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainVerificationView"];
                };
            };
        };
    };
    SessionsController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionView"];
                };
            };
        };
    };
    SessionsController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RecoveryCodesController_status: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodesStatusView"];
                };
            };
        };
    };
    RecoveryCodesController_reissue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StepUpDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodesView"];
                };
            };
        };
    };
    SessionsController_session: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionView"];
                };
            };
        };
    };
    SessionsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionListItemView"][];
                };
            };
        };
    };
    SessionsController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConsoleController_board: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoardView"];
                };
            };
        };
    };
    ConsoleController_configView: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleConfigView"];
                };
            };
        };
    };
    CustomersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerView"][];
                };
            };
        };
    };
    CustomersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCustomerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerView"];
                };
            };
        };
    };
    CustomersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerView"];
                };
            };
        };
    };
    CustomersController_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a system’s data set still names the customer */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CustomersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCustomerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerView"];
                };
            };
        };
    };
    IncidentsController_list: {
        parameters: {
            query?: {
                /** @description aware at or after this instant */
                awareFrom?: string;
                /** @description aware before this instant */
                awareTo?: string;
                page?: number;
                pageSize?: number;
                /** @description words in the title or reference */
                q?: string;
                state?: "open" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentPageView"];
                };
            };
        };
    };
    IncidentsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIncidentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentView"];
                };
            };
        };
    };
    IncidentsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentView"];
                };
            };
        };
    };
    IncidentsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateIncidentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentView"];
                };
            };
        };
    };
    IncidentsController_acknowledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentView"];
                };
            };
        };
    };
    IncidentsController_assess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentView"];
                };
            };
        };
    };
    IncidentsController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentVersionResponse"][];
                };
            };
        };
    };
    IncidentsController_confirmDowngrade: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmDowngradeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentView"];
                };
            };
        };
    };
    IncidentsController_override: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OverrideDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentView"];
                };
            };
        };
    };
    IncidentsController_clocksOf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClockResponse"][];
                };
            };
        };
    };
    IncidentsController_recordFiling: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FilingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClockResponse"];
                };
            };
        };
    };
    IncidentsController_notRequired: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotRequiredDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClockResponse"];
                };
            };
        };
    };
    IncidentsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseIncidentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentView"];
                };
            };
        };
    };
    IncidentsController_escalations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationStepResponse"][];
                };
            };
        };
    };
    IncidentsController_addNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddNoteDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteView"];
                };
            };
        };
    };
    NoticesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeView"][];
                };
            };
        };
    };
    NoticesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateNoticeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeView"];
                };
            };
        };
    };
    InventoryController_export: {
        parameters: {
            query?: {
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InventoryFileDto"];
                    "text/csv": string;
                };
            };
        };
    };
    InventoryController_import: {
        parameters: {
            query?: {
                format?: "json" | "csv";
                /** @description merge: add or update by system slug and customer name, keep the rest; replace: the inventory becomes the file */
                mode?: "merge" | "replace";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description the file: JSON as GET /api/v1/inventory gives it, or its CSV sheet (format=csv) */
        requestBody: {
            content: {
                "application/json": components["schemas"]["InventoryFileDto"];
                "text/csv": components["schemas"]["InventoryFileDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportSummaryView"];
                };
            };
            /** @description a JSON file over 100 kB or a CSV file over 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    InvitationsController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationView"];
                };
            };
        };
    };
    InvitationsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedInvitationView"];
                };
            };
        };
    };
    NoticesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeView"];
                };
            };
        };
    };
    NoticesController_edit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNoticeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeView"];
                };
            };
        };
    };
    NoticesController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveNoticeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeView"];
                };
            };
        };
    };
    NoticesController_authorship: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeAuthorshipView"];
                };
            };
        };
    };
    NoticesController_document: {
        parameters: {
            query?: {
                format?: "md" | "html" | "pdf";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "text/html": string;
                    "text/markdown": string;
                };
            };
        };
    };
    NoticesController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectNoticeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeView"];
                };
            };
        };
    };
    NoticesController_markSent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkSentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeView"];
                };
            };
        };
    };
    NoticesController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeView"];
                };
            };
        };
    };
    NoticesController_versions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeVersionView"][];
                };
            };
        };
    };
    OrganisationController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
        };
    };
    OrganisationController_replace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutOrganisationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
        };
    };
    OrganisationController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchOrganisationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
        };
    };
    RegisterController_get: {
        parameters: {
            query?: {
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterResponse"];
                    "text/csv": string;
                };
            };
        };
    };
    RiskController_whatIf: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIncidentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentResponse"];
                };
            };
        };
    };
    SystemsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemView"][];
                };
            };
        };
    };
    SystemsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSystemDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemView"];
                };
            };
        };
    };
    SystemsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemView"];
                };
            };
        };
    };
    SystemsController_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SystemsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSystemDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemView"];
                };
            };
        };
    };
    UsersController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description revoked (admin, or the token’s owner) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"][];
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedUserView"];
                };
            };
        };
    };
    UsersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
        };
    };
    UsersController_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
        };
    };
    UsersController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedInvitationView"];
                };
            };
        };
    };
    UsersController_reactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
        };
    };
    UsersController_tokens: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenView"][];
                };
            };
        };
    };
    UsersController_issueToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueTokenDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedTokenView"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveView"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example ok */
                        status?: string;
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example error */
                        status?: string;
                    };
                };
            };
        };
    };
    MetricsController_scrape: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain; version=0.0.4; charset=utf-8": string;
                };
            };
            /** @description no token, or an unknown one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a token that is neither METRICS_TOKEN nor an admin’s */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SlackCommandsController_command: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @example /breach */
                    command?: string;
                    /** Format: uri */
                    response_url: string;
                    /** @example status BR-2026-0001 */
                    text?: string;
                    trigger_id: string;
                    /** @example U012AB3CD */
                    user_id: string;
                    user_name?: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        blocks?: {
                            [key: string]: unknown;
                        }[];
                        replace_original?: boolean;
                        /** @enum {string} */
                        response_type?: "ephemeral" | "in_channel";
                        text: string;
                    };
                };
            };
        };
    };
    SlackInteractionsController_interaction: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description the interaction as JSON (view_submission or block_actions) */
                    payload: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors?: {
                            [key: string]: string;
                        };
                        /** @enum {string} */
                        response_action: "update" | "errors" | "clear";
                        /** @description a Block Kit object, as Slack defines it */
                        view?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
}
