//! The trust boundary: a responder receives reports only once enough
//! distinct admins (`TIPLINE_APPROVALS`, default 1) have approved their
//! key; joining a team and binding a team to a route need as many. The
//! shell is one actor, so the CLI counts as at most one approval.

use crate::db::{self, entities::*};
use chrono::NaiveDate;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbErr,
    EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set, TransactionTrait,
};
use uuid::Uuid;

/// A change that crosses the trust boundary: it takes effect once
/// `TIPLINE_APPROVALS` distinct admins have approved it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Vet a responder's key: the fingerprint is the one the admin compared.
    Vet {
        responder: Uuid,
        fingerprint: String,
    },
    /// A responder joins a team (and receives what is routed to it).
    Join { responder: Uuid, team: Uuid },
    /// A team is bound to a route (and receives what the route matches).
    Bind { route: Uuid, team: Uuid },
    /// A suspended responder receives reports again: as much trust as
    /// vetting them, so it needs as many approvals (suspending takes one).
    Reinstate { responder: Uuid },
}

impl Change {
    fn kind(&self) -> &'static str {
        match self {
            Self::Vet { .. } => "vet",
            Self::Join { .. } => "join",
            Self::Bind { .. } => "bind",
            Self::Reinstate { .. } => "reinstate",
        }
    }

    /// The audit actions for "done" and "one approval recorded".
    fn actions(&self) -> (&'static str, &'static str) {
        match self {
            Self::Vet { .. } => ("vet", "approve vetting"),
            Self::Join { .. } => ("join team", "approve joining a team"),
            Self::Bind { .. } => ("bind team to route", "approve binding a team to a route"),
            Self::Reinstate { .. } => ("reinstate", "approve reinstating"),
        }
    }
}

/// Who approves: an admin's e-mail address (and their own responder, if
/// any, which they may not approve for), or the shell.
#[derive(Debug, Clone)]
pub struct Actor {
    pub name: String,
    pub responder: Option<Uuid>,
}

impl Actor {
    /// The CLI: one actor however many people use the shell.
    pub fn shell() -> Self {
        Self {
            name: "shell".into(),
            responder: None,
        }
    }
}

/// What an approval did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Enough admins approved: the change took effect now.
    Done,
    /// Recorded; more approvals are needed.
    Waiting { have: u64, need: u64 },
    /// This actor had already approved; more approvals are needed.
    AlreadyApproved { have: u64, need: u64 },
    /// The change was in effect before (vetted already, member already, bound already).
    AlreadyDone,
}

/// Why an approval was refused.
#[derive(Debug, thiserror::Error)]
pub enum VetError {
    #[error("no such responder, team or route")]
    NotFound,
    #[error("the key changed since the page was opened; compare the new fingerprint")]
    KeyChanged,
    #[error(
        "no one approves a change that widens their own access (their key, their membership, their team's routes): another admin must"
    )]
    Own,
    #[error("cannot vet: {0}")]
    Key(#[from] crate::seal::KeyError),
    #[error("database error: {0}")]
    Db(#[from] DbErr),
}

/// Records `actor`'s approval of `change`, and makes the change once `need`
/// distinct actors have approved. A key being vetted must be valid at `now`.
pub async fn approve(
    db: &DatabaseConnection,
    change: &Change,
    actor: &Actor,
    need: u64,
    today: NaiveDate,
    now: std::time::SystemTime,
) -> Result<Outcome, VetError> {
    let txn = db.begin().await?;
    let outcome = approve_in(&txn, change, actor, need, today, now).await?;
    txn.commit().await?;
    Ok(outcome)
}

/// As [`approve`], inside the caller's transaction.
pub async fn approve_in(
    txn: &DatabaseTransaction,
    change: &Change,
    actor: &Actor,
    need: u64,
    today: NaiveDate,
    now: std::time::SystemTime,
) -> Result<Outcome, VetError> {
    // Approvals take turns: this write locks the instance row on
    // PostgreSQL and takes SQLite's write lock before anything is read.
    db::lock_for_write(txn).await?;
    let (responder_id, team_id, route_id) = match *change {
        Change::Vet { responder, .. } | Change::Reinstate { responder } => {
            (Some(responder), None, None)
        }
        Change::Join { responder, team } => (Some(responder), Some(team), None),
        Change::Bind { route, team } => (None, Some(team), Some(route)),
    };
    let mut find = change::Entity::find().filter(change::Column::Kind.eq(change.kind()));
    find = match responder_id {
        Some(v) => find.filter(change::Column::ResponderId.eq(v)),
        None => find.filter(change::Column::ResponderId.is_null()),
    };
    find = match team_id {
        Some(v) => find.filter(change::Column::TeamId.eq(v)),
        None => find.filter(change::Column::TeamId.is_null()),
    };
    find = match route_id {
        Some(v) => find.filter(change::Column::RouteId.eq(v)),
        None => find.filter(change::Column::RouteId.is_null()),
    };
    let Some((what, concerned)) = describe(txn, change, now).await? else {
        // In effect already (made another way): nothing waits any more.
        if let Some(stale) = find.one(txn).await? {
            change::Entity::delete_by_id(stale.id).exec(txn).await?;
        }
        return Ok(Outcome::AlreadyDone);
    };
    if actor.responder.is_some_and(|me| concerned.contains(&me)) {
        return Err(VetError::Own);
    }
    let (row, created) = match find.one(txn).await? {
        Some(c) => (c, false),
        None => {
            let row = change::ActiveModel {
                id: Set(crate::random::uuid()),
                kind: Set(change.kind().into()),
                responder_id: Set(responder_id),
                team_id: Set(team_id),
                route_id: Set(route_id),
                created_day: Set(today),
            }
            .insert(txn)
            .await?;
            (row, true)
        }
    };
    let already = change_approval::Entity::find_by_id((row.id, actor.name.clone()))
        .one(txn)
        .await?
        .is_some();
    if !already {
        change_approval::ActiveModel {
            change_id: Set(row.id),
            actor: Set(actor.name.clone()),
        }
        .insert(txn)
        .await?;
    }
    let have = change_approval::Entity::find()
        .filter(change_approval::Column::ChangeId.eq(row.id))
        .count(txn)
        .await?;
    let (done_action, approve_action) = change.actions();
    if have >= need {
        apply(txn, change).await?;
        change::Entity::delete_by_id(row.id).exec(txn).await?;
        db::accounts::audit(
            txn,
            today,
            None,
            &actor.name,
            done_action,
            &format!("{what} ({have} of {need} approvals)"),
        )
        .await?;
        return Ok(Outcome::Done);
    }
    if already {
        return Ok(Outcome::AlreadyApproved { have, need });
    }
    db::accounts::audit(
        txn,
        today,
        None,
        &actor.name,
        approve_action,
        &format!("{what} ({have} of {need})"),
    )
    .await?;
    if created && !matches!(change, Change::Vet { .. }) {
        // Pending responders already raise their own alert when they arrive.
        db::add_alert(
            txn,
            today,
            "approval-needed",
            &format!(
                "{what}: approved by {}, needs {need} admins (see /admin/)",
                actor.name
            ),
        )
        .await?;
    }
    Ok(Outcome::Waiting { have, need })
}

/// Checks that the change's subjects exist and that it is not in effect
/// already: `None` if it is; otherwise what it is in words, and the
/// responders whose own access it widens (who may not approve it): the
/// responder vetted or joining, or every member of the team being bound.
async fn describe(
    txn: &DatabaseTransaction,
    change: &Change,
    now: std::time::SystemTime,
) -> Result<Option<(String, Vec<Uuid>)>, VetError> {
    let responder_named = |r: &responder::Model| format!("{} <{}>", r.name, r.email);
    match change {
        Change::Vet {
            responder: id,
            fingerprint,
        } => {
            let r = responder::Entity::find_by_id(*id)
                .one(txn)
                .await?
                .ok_or(VetError::NotFound)?;
            // The approval is of the key the admin compared, not of whatever
            // key the responder has by the time the form arrives.
            if !r.fingerprint.eq_ignore_ascii_case(fingerprint.trim()) {
                return Err(VetError::KeyChanged);
            }
            if r.vetted {
                return Ok(None);
            }
            crate::seal::ValidCert::parse(&r.cert, now)?;
            Ok(Some((
                format!("{}, fingerprint {}", responder_named(&r), r.fingerprint),
                vec![r.id],
            )))
        }
        Change::Reinstate { responder: id } => {
            let r = responder::Entity::find_by_id(*id)
                .one(txn)
                .await?
                .ok_or(VetError::NotFound)?;
            if !r.suspended {
                return Ok(None);
            }
            Ok(Some((
                format!("{}, fingerprint {}", responder_named(&r), r.fingerprint),
                vec![r.id],
            )))
        }
        Change::Join {
            responder: id,
            team,
        } => {
            let r = responder::Entity::find_by_id(*id)
                .one(txn)
                .await?
                .ok_or(VetError::NotFound)?;
            let t = team::Entity::find_by_id(*team)
                .one(txn)
                .await?
                .ok_or(VetError::NotFound)?;
            if team_member::Entity::find_by_id((t.id, r.id))
                .one(txn)
                .await?
                .is_some()
            {
                return Ok(None);
            }
            Ok(Some((
                format!(
                    "{} joining team \"{}\" ({})",
                    responder_named(&r),
                    t.name,
                    t.kind
                ),
                vec![r.id],
            )))
        }
        Change::Bind { route: id, team } => {
            let r = route::Entity::find_by_id(*id)
                .one(txn)
                .await?
                .ok_or(VetError::NotFound)?;
            let t = team::Entity::find_by_id(*team)
                .one(txn)
                .await?
                .ok_or(VetError::NotFound)?;
            if route_team::Entity::find_by_id((r.id, t.id))
                .one(txn)
                .await?
                .is_some()
            {
                return Ok(None);
            }
            let members = team_member::Entity::find()
                .filter(team_member::Column::TeamId.eq(t.id))
                .all(txn)
                .await?
                .into_iter()
                .map(|m| m.responder_id)
                .collect();
            Ok(Some((
                format!(
                    "team \"{}\" ({}) receiving route \"{}\"",
                    t.name, t.kind, r.name
                ),
                members,
            )))
        }
    }
}

/// Makes an approved change.
async fn apply(txn: &DatabaseTransaction, change: &Change) -> Result<(), DbErr> {
    match *change {
        Change::Vet { responder, .. } => return db::vet_responder_in(txn, responder).await,
        Change::Reinstate { responder } => db::set_suspended_in(txn, responder, false).await?,
        Change::Join { responder, team } => {
            team_member::ActiveModel {
                team_id: Set(team),
                responder_id: Set(responder),
            }
            .insert(txn)
            .await?;
        }
        Change::Bind { route, team } => {
            route_team::ActiveModel {
                route_id: Set(route),
                team_id: Set(team),
            }
            .insert(txn)
            .await?;
        }
    }
    db::bump_generation(txn).await
}

/// A change waiting for approvals, and who approved it so far.
#[derive(Debug, Clone)]
pub struct Pending {
    pub kind: String,
    pub responder: Option<Uuid>,
    pub team: Option<Uuid>,
    pub route: Option<Uuid>,
    pub approvers: Vec<String>,
    pub created_day: NaiveDate,
}

impl Pending {
    /// Whether it is a change of teams and routes (shown on the routing
    /// page), rather than a responder's vetting or reinstatement.
    pub fn is_routing(&self) -> bool {
        self.kind == "join" || self.kind == "bind"
    }
}

/// Every change waiting for approvals, oldest first.
pub async fn pending(db: &impl ConnectionTrait) -> Result<Vec<Pending>, DbErr> {
    let changes = change::Entity::find()
        .order_by_asc(change::Column::CreatedDay)
        .all(db)
        .await?;
    let all = change_approval::Entity::find().all(db).await?;
    Ok(changes
        .into_iter()
        .map(|c| Pending {
            approvers: all
                .iter()
                .filter(|a| a.change_id == c.id)
                .map(|a| a.actor.clone())
                .collect(),
            kind: c.kind,
            responder: c.responder_id,
            team: c.team_id,
            route: c.route_id,
            created_day: c.created_day,
        })
        .collect())
}

/// Who has approved vetting each pending responder so far.
pub async fn approvals(db: &impl ConnectionTrait) -> Result<Vec<(Uuid, Vec<String>)>, DbErr> {
    Ok(pending(db)
        .await?
        .into_iter()
        .filter(|p| p.kind == "vet")
        .filter_map(|p| Some((p.responder?, p.approvers)))
        .collect())
}

/// What a key update did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyUpdate {
    /// The same key, updated (new expiry, subkey, or user ID); vetting stands.
    Updated,
    /// The same key, now revoked (or with no usable encryption key left):
    /// nothing more is sealed to it.
    Unusable(String),
    /// A different key: the responder is pending until admins vet it again.
    Replaced { fingerprint: String },
}

/// Why a key update was refused.
#[derive(Debug, thiserror::Error)]
pub enum KeyUpdateError {
    #[error("no such responder")]
    NotFound,
    #[error("{0}")]
    Key(#[from] crate::seal::KeyError),
    #[error("this key belongs to another responder here")]
    Taken,
    #[error("database error: {0}")]
    Db(#[from] DbErr),
}

/// Updates a responder's key from `data` (armored or binary). The same
/// primary key is merged into the stored certificate — sequoia checks every
/// signature it merges, and a revocation takes effect at once. A different
/// key replaces the old one and makes the responder pending.
pub async fn update_key(
    db: &impl TransactionTrait<Transaction = DatabaseTransaction>,
    responder: Uuid,
    data: &[u8],
    actor: &str,
    today: NaiveDate,
    now: std::time::SystemTime,
) -> Result<KeyUpdate, KeyUpdateError> {
    use crate::seal::{KeyError, ValidCert};
    use sequoia_openpgp::parse::Parse;
    let mut certs =
        sequoia_openpgp::cert::CertParser::from_bytes(data).map_err(|_| KeyError::Unparseable)?;
    let new = certs
        .next()
        .ok_or(KeyError::Unparseable)?
        .map_err(|_| KeyError::Unparseable)?
        .strip_secret_key_material();
    if certs.next().is_some() {
        return Err(KeyError::Several.into());
    }
    let txn = db.begin().await?;
    let Some(r) = responder::Entity::find_by_id(responder).one(&txn).await? else {
        return Err(KeyUpdateError::NotFound);
    };
    let old = crate::seal::parse_cert(&r.cert).map_err(|_| KeyError::Unparseable)?;
    let (bytes, fingerprint, outcome) = if new.fingerprint() == old.fingerprint() {
        // Signatures are verified when the key is used (under the
        // standard policy, in ValidCert): a forged revocation or subkey
        // binding in the upload is ignored there, never acted on.
        let merged = old.merge_public(new).map_err(|_| KeyError::Unparseable)?;
        let outcome = match ValidCert::validate(merged.clone(), now) {
            Ok(_) => KeyUpdate::Updated,
            Err(e) => KeyUpdate::Unusable(e.to_string()),
        };
        let bytes = sequoia_openpgp::serialize::SerializeInto::to_vec(&merged)
            .map_err(|_| KeyError::Unparseable)?;
        (bytes, r.fingerprint.clone(), outcome)
    } else {
        let valid = ValidCert::validate(new, now)?;
        let fingerprint = valid.fingerprint.to_hex();
        if responder::Entity::find()
            .filter(responder::Column::Fingerprint.eq(fingerprint.clone()))
            .one(&txn)
            .await?
            .is_some()
        {
            return Err(KeyUpdateError::Taken);
        }
        (
            valid.to_bytes(),
            fingerprint.clone(),
            KeyUpdate::Replaced { fingerprint },
        )
    };
    let replaced = matches!(outcome, KeyUpdate::Replaced { .. });
    let mut m: responder::ActiveModel = r.clone().into();
    m.cert = Set(bytes);
    m.fingerprint = Set(fingerprint.clone());
    if replaced {
        // A new key crosses the trust boundary again; earlier approvals were for the old one.
        m.vetted = Set(false);
        change::Entity::delete_many()
            .filter(change::Column::Kind.eq("vet"))
            .filter(change::Column::ResponderId.eq(responder))
            .exec(&txn)
            .await?;
    }
    m.update(&txn).await?;
    db::bump_generation(&txn).await?;
    let detail = match &outcome {
        KeyUpdate::Updated => format!("{} <{}>: same key {fingerprint}, updated", r.name, r.email),
        KeyUpdate::Unusable(why) => format!(
            "{} <{}>: same key {fingerprint}, now unusable ({why})",
            r.name, r.email
        ),
        KeyUpdate::Replaced { .. } => format!(
            "{} <{}>: key {} replaced by {fingerprint}, pending vetting",
            r.name, r.email, r.fingerprint
        ),
    };
    db::accounts::audit(&txn, today, None, actor, "key update", &detail).await?;
    if replaced || matches!(outcome, KeyUpdate::Unusable(_)) {
        db::add_alert(&txn, today, "responder-key", &detail).await?;
    }
    txn.commit().await?;
    Ok(outcome)
}
