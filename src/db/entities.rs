//! sea-orm entities, one per table (see the migrations crate for the schema).

macro_rules! entity_boilerplate {
    () => {
        #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
        pub enum Relation {}
        impl ActiveModelBehavior for ActiveModel {}
    };
}

/// The single row describing this instance.
pub mod instance {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "instance")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: i32,
        pub key_fingerprint: String,
        pub demo: bool,
        pub generation: i64,
        pub created_day: Date,
    }
    entity_boilerplate!();
}

/// Responder teams.
pub mod team {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "teams")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub name: String,
        pub kind: String,
    }
    entity_boilerplate!();
}

/// Responders: a person with a vetted OpenPGP key.
pub mod responder {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "responders")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub name: String,
        pub email: String,
        pub fingerprint: String,
        pub cert: Vec<u8>,
        pub vetted: bool,
        pub mode: String,
        pub created_day: Date,
        pub suspended: bool,
    }
    entity_boilerplate!();
}

/// Which responders are in which team.
pub mod team_member {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "team_members")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub team_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub responder_id: Uuid,
    }
    entity_boilerplate!();
}

/// Routes: criteria → teams.
pub mod route {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "routes")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub name: String,
        pub priority: i32,
        pub is_default: bool,
        /// Comma-separated ISO country codes ("" matches any).
        pub countries: String,
        /// Comma-separated reporter roles ("" matches any).
        pub roles: String,
        pub urgent: Option<bool>,
        /// Comma-separated form languages ("" matches any).
        pub languages: String,
    }
    entity_boilerplate!();
}

/// The teams a route names.
pub mod route_team {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "route_teams")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub route_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub team_id: Uuid,
    }
    entity_boilerplate!();
}

/// A sealed tip. Only routing and triage metadata is in the clear.
pub mod tip {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "tips")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub received_day: Date,
        pub route_id: Option<Uuid>,
        pub route_name: String,
        pub urgent: bool,
        pub status: String,
        pub sealed: Vec<u8>,
    }
    entity_boilerplate!();
}

/// A tip's source: the lookup value and public key derived from their
/// codename. One per tip, keyed by it.
pub mod source {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "sources")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub tip_id: Uuid,
        pub lookup: Vec<u8>,
        pub cert: Vec<u8>,
    }
    entity_boilerplate!();
}

/// Admin alerts. Never any report content.
pub mod alert {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "alerts")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub day: Date,
        pub kind: String,
        pub message: String,
        pub resolved: bool,
        pub mailed: bool,
    }
    entity_boilerplate!();
}

/// Form tokens already used for a report (double-submit protection).
pub mod used_token {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "used_tokens")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub nonce: Vec<u8>,
        pub expires_day: Date,
    }
    entity_boilerplate!();
}

/// Mail waiting to be delivered (deleted once delivered).
pub mod outbox {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "outbox")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub tip_id: Option<Uuid>,
        pub responder_id: Option<Uuid>,
        pub fingerprint: Option<String>,
        pub email: String,
        pub kind: String,
        pub sealed: Option<Vec<u8>>,
        pub message_token: String,
        pub state: String,
        pub attempts: i32,
        pub queued_at: i64,
        pub not_before: i64,
        pub last_error: Option<String>,
    }
    entity_boilerplate!();
}

/// When each responder was last sent a notice (digest mode).
pub mod notice_log {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "notice_log")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub responder_id: Uuid,
        pub last_sent: i64,
    }
    entity_boilerplate!();
}

/// A responder's or admin's login.
pub mod account {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "accounts")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub email: String,
        pub role: String,
        pub responder_id: Option<Uuid>,
        pub password_hash: Option<String>,
        pub totp_secret: Option<Vec<u8>>,
        pub totp_enabled: bool,
        pub totp_last_step: i64,
        pub state: String,
        pub created_day: Date,
        /// The language of the account's pages (a staff language code).
        pub language: Option<String>,
    }
    entity_boilerplate!();
}

/// A single-use invitation link (stored as a hash).
pub mod invitation {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "invitations")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub token_hash: Vec<u8>,
        pub account_id: Uuid,
        pub team_id: Option<Uuid>,
        pub expires_at: i64,
        pub stage: String,
    }
    entity_boilerplate!();
}

/// A signed-in session (the cookie's hash).
pub mod session {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "sessions")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub token_hash: Vec<u8>,
        pub account_id: Uuid,
        pub created_at: i64,
        pub last_seen: i64,
    }
    entity_boilerplate!();
}

/// Single-use recovery codes (hashes).
pub mod recovery_code {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "recovery_codes")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub account_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub code_hash: Vec<u8>,
        pub used: bool,
    }
    entity_boilerplate!();
}

/// What responders and admins did: who, what, when (never report content).
pub mod audit {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "audit_log")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub day: Date,
        pub at: Option<i64>,
        pub actor: String,
        pub action: String,
        pub detail: String,
    }
    entity_boilerplate!();
}

/// A team's triage of a tip it received.
pub mod tip_team {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "tip_teams")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub tip_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub team_id: Uuid,
        pub received_day: Date,
        pub urgent: bool,
        pub status: String,
        pub assignee: Option<Uuid>,
        pub closed_day: Option<Date>,
        /// The fingerprints of this team's keys the tip was sealed to,
        /// recorded at intake, separated by spaces.
        pub fingerprints: String,
    }
    entity_boilerplate!();
}

/// A file sent with a tip: its sealed blob's name and the session-key
/// packets that open it for the tip's recipients (src/blobs.rs).
pub mod tip_file {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "tip_files")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub tip_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub number: i32,
        pub blob: String,
        pub sealed_size: i64,
        pub session_keys: Vec<u8>,
    }
    entity_boilerplate!();
}

/// The encrypted body a tip's e-mail copies share when they carry its
/// files (each copy's own session-key packets are in its outbox row).
pub mod tip_mail_body {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "tip_mail_bodies")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub tip_id: Uuid,
        pub body: Vec<u8>,
    }
    entity_boilerplate!();
}

/// A team's labels on a tip.
pub mod tip_label {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "tip_labels")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub tip_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub team_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub label: String,
    }
    entity_boilerplate!();
}

/// A team's internal note on a tip, sealed to the team's keys.
pub mod note {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "notes")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub tip_id: Uuid,
        pub team_id: Uuid,
        pub author: String,
        pub day: Date,
        pub sealed: Vec<u8>,
    }
    entity_boilerplate!();
}

/// A change waiting for admins' approvals: `vet` (responder), `join`
/// (responder and team) or `bind` (route and team).
pub mod change {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "pending_changes")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub kind: String,
        pub responder_id: Option<Uuid>,
        pub team_id: Option<Uuid>,
        pub route_id: Option<Uuid>,
        pub created_day: Date,
    }
    entity_boilerplate!();
}

/// One admin's approval of a change.
pub mod change_approval {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "pending_approvals")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub change_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub actor: String,
    }
    entity_boilerplate!();
}

/// A reply to a source, or what a source added later; sealed, never plaintext.
pub mod message {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "messages")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub tip_id: Uuid,
        pub team_id: Option<Uuid>,
        /// `reply` (a team to the source) or `source` (the source adds).
        pub kind: String,
        pub author: String,
        pub day: Date,
        pub seq: i64,
        /// `browser` or `server`.
        pub sealed_in: String,
        pub sealed: Vec<u8>,
    }
    entity_boilerplate!();
}

/// A source signed in with their codename (the cookie's hash).
pub mod source_session {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "source_sessions")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub token_hash: Vec<u8>,
        /// The tip whose source signed in.
        pub tip_id: Uuid,
        pub last_seen: i64,
    }
    entity_boilerplate!();
}
