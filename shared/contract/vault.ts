import { z } from 'zod';
import { method, event } from './define';
import { HISTORY_PAGE, MAX_NAME_CHARS, MAX_NOTE_CHARS, MAX_PASSPHRASE_CHARS, MAX_REASON_CHARS, MAX_SEARCH_CHARS } from '../limits';
import { DeidGuardSchema } from './deid';
import { SummaryStyleSchema, type SummaryProvenance, type SummaryStyle } from './model';
import { FLAG_KINDS, StructuredSummarySchema, type FlagKind, type StructuredSummary, type VerificationReport } from '../summary-format';
import { NoteLabelSchema, NoteTypeSchema, type NoteSnippet, type NoteType } from '../note-meta';
import {
  BREAK_GLASS_MAX_MINUTES,
  BREAK_GLASS_MIN_MINUTES,
  BREAK_GLASS_RANGE_MESSAGE,
  IDLE_LOCK_MAX_MINUTES,
  IDLE_LOCK_MIN_MINUTES,
  IDLE_LOCK_RANGE_MESSAGE,
} from '../settings-limits';

export const ROLES = ['clinician', 'admin', 'auditor'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

const UserName = z
  .string()
  .min(1)
  .max(MAX_NAME_CHARS)
  .regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, dot, dash and underscore only');
const Passphrase = z.string().min(1).max(MAX_PASSPHRASE_CHARS);
const Id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
const NoteText = z.string().max(MAX_NOTE_CHARS);
/** A lockscribe-summary v1 document, checked by its schema (strict: nothing else passes), typed as the format's readonly type. */
const StructuredDoc = z.custom<StructuredSummary>((v) => StructuredSummarySchema.safeParse(v).success, 'not a lockscribe-summary v1 document');

export interface UserInfo {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly disabled: boolean;
  readonly createdAt: string;
  /** In the user list: the passphrase is still the one an administrator chose. */
  readonly passphraseSetByAdmin?: boolean;
}

export interface SessionInfo {
  readonly vault: 'absent' | 'locked' | 'unlocked';
  readonly user: Pick<UserInfo, 'id' | 'name' | 'role'> | null;
  readonly sessionId: string | null;
  /** Present while an emergency (break-glass) session is open. */
  readonly breakGlass: { readonly until: string; readonly reason: string } | null;
  readonly idleLockMinutes: number;
  /** Set when the last lock happened automatically, so the lock screen can say why. */
  readonly lockedReason: 'idle' | 'os-lock' | 'sleep' | 'manual' | 'break-glass-expired' | null;
  /** The signed-in user's passphrase was chosen by an administrator, who could sign in as them until they choose their own. */
  readonly passphraseSetByAdmin: boolean;
}

export interface Settings {
  readonly idleLockMinutes: number;
  readonly breakGlassMinutes: number;
}

/** A flag the clinician looked at and accepted before signing: the statement (its index in the report) and the flag's kind. */
export interface FlagAcknowledgement {
  readonly statement: number;
  readonly kind: FlagKind;
}

/** Stored with a signed version: what the clinician confirmed, and the verifier's counts when they signed. */
export interface SummarySignature {
  readonly checked: true;
  readonly acknowledgements: readonly FlagAcknowledgement[];
  readonly counts: VerificationReport['counts'];
}

export interface SummaryVersion {
  readonly id: string;
  readonly version: number;
  /** The summary as readable text (for a structured summary, rendered from its statements). */
  readonly text: string;
  readonly style: SummaryStyle;
  readonly authorId: string;
  readonly createdAt: string;
  readonly signedAt: string | null;
  readonly signedBy: string | null;
  /** Null for a clinician's edit: provenance describes a generation, bound to its text by generatedSha256. */
  readonly provenance: SummaryProvenance | null;
  /** The structured summary (lockscribe-summary v1); null for plain-text versions. */
  readonly structured: StructuredSummary | null;
  /** sha256 (hex) of the generated text this version holds, when it came from the model unchanged. */
  readonly generatedSha256: string | null;
  /** Stopped at the length limit or by the user: cannot be signed until regenerated or edited. */
  readonly incomplete: boolean;
  readonly signature: SummarySignature | null;
  /** The verifier's report against the note, computed by main when the version is read. */
  readonly report: VerificationReport;
}

export interface NoteListItem {
  readonly id: string;
  readonly title: string;
  /** The patient or encounter label given on save; null when none was. */
  readonly label: string | null;
  readonly noteType: NoteType | null;
  readonly authorId: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly latestVersion: number;
  readonly signed: boolean;
  /** The styles of its summary versions, each once, oldest first. */
  readonly styles: readonly SummaryStyle[];
  /** The start of the note; with a search, the passage around the match with the matched words. */
  readonly snippet: NoteSnippet;
}

export interface NoteDetail {
  readonly id: string;
  readonly title: string;
  readonly label: string | null;
  readonly noteType: NoteType | null;
  readonly text: string;
  readonly authorId: string;
  readonly createdAt: string;
  readonly versions: readonly SummaryVersion[];
}

export interface Draft {
  readonly text: string;
  readonly style: SummaryStyle;
  readonly updatedAt: string;
}

export const vaultMethods = {
  getSession: method<SessionInfo>()(z.object({}).strict()),
  /** The recovery code and the audit anchor's fingerprint are shown once, to be written down together. */
  setupVault: method<{ readonly session: SessionInfo; readonly recoveryCode: string; readonly auditAnchor: string }>()(
    z.object({ adminName: UserName, passphrase: Passphrase }).strict(),
  ),
  unlock: method<SessionInfo>()(z.object({ userName: UserName, passphrase: Passphrase }).strict()),
  /**
   * Emergency access for the signed-in clinician or administrator: the recovery code plus a typed reason
   * opens every clinician's notes read-only, for a limited time, under the operator's own name.
   */
  breakGlass: method<SessionInfo>()(z.object({ recoveryCode: z.string().min(1).max(200), reason: z.string().trim().min(10).max(MAX_REASON_CHARS) }).strict()),
  lock: method<SessionInfo>()(z.object({}).strict()),
  signOut: method<SessionInfo>()(z.object({}).strict()),
  /** The renderer reports user activity (throttled) so the idle timer can be reset. */
  reportActivity: method<{ readonly idleLockAt: string | null }>()(z.object({}).strict()),
  changePassphrase: method<{ readonly changed: true }>()(z.object({ current: Passphrase, next: Passphrase }).strict()),

  listUsers: method<readonly UserInfo[]>()(z.object({}).strict()),
  addUser: method<UserInfo>()(z.object({ name: UserName, role: RoleSchema, passphrase: Passphrase }).strict()),
  /** With the recovery code, disabling a clinician also re-keys their notes: their old keys then open nothing. */
  setUserDisabled: method<UserInfo>()(z.object({ userId: Id, disabled: z.boolean(), recoveryCode: z.string().min(1).max(200).optional() }).strict()),
  setUserRole: method<UserInfo>()(z.object({ userId: Id, role: RoleSchema }).strict()),
  rotateRecoveryCode: method<{ readonly recoveryCode: string }>()(z.object({ passphrase: Passphrase }).strict()),
  getSettings: method<Settings>()(z.object({}).strict()),
  updateSettings: method<Settings>()(
    z
      .object({
        idleLockMinutes: z.number().int(IDLE_LOCK_RANGE_MESSAGE).min(IDLE_LOCK_MIN_MINUTES, IDLE_LOCK_RANGE_MESSAGE).max(IDLE_LOCK_MAX_MINUTES, IDLE_LOCK_RANGE_MESSAGE).optional(),
        breakGlassMinutes: z.number().int(BREAK_GLASS_RANGE_MESSAGE).min(BREAK_GLASS_MIN_MINUTES, BREAK_GLASS_RANGE_MESSAGE).max(BREAK_GLASS_MAX_MINUTES, BREAK_GLASS_RANGE_MESSAGE).optional(),
      })
      .strict(),
  ),

  /**
   * Saves a summary. The same note (the workspace's saved noteId, or the same text already in the
   * clinician's store) gets a new version; anything else becomes a new note.
   */
  saveNote: method<{ readonly noteId: string; readonly versionId: string; readonly version: number }>()(
    z
      .object({
        text: NoteText.min(1),
        summary: NoteText.min(1),
        style: SummaryStyleSchema,
        /** The requestId of the generation, so main attaches the provenance it recorded itself. */
        requestId: z.string().uuid().nullable(),
        /** The structured summary shown; main keeps its own copy of a generation and uses this only for text it did not generate. */
        structured: StructuredDoc.nullable().default(null),
        /** Patient or encounter label; null or absent keeps the note's own (none for a new note). */
        label: NoteLabelSchema.nullable().default(null),
        noteType: NoteTypeSchema.nullable().default(null),
        /** The note the workspace saved this text as before: a version is added when the text is still the same. */
        noteId: Id.nullable().default(null),
      })
      .strict(),
  ),
  /** Sets or clears a note's label and type (the clinician's own notes). */
  updateNoteMeta: method<{ readonly label: string | null; readonly noteType: NoteType | null }>()(
    z.object({ noteId: Id, label: NoteLabelSchema.nullable(), noteType: NoteTypeSchema.nullable() }).strict(),
  ),
  listNotes: method<readonly NoteListItem[]>()(
    z.object({ query: z.string().max(MAX_SEARCH_CHARS).optional(), limit: z.number().int().min(1).max(500).default(HISTORY_PAGE) }).strict(),
  ),
  getNote: method<NoteDetail>()(z.object({ noteId: Id }).strict()),
  /** Editing a summary creates a new immutable version. */
  /** With `structured`, the statements as edited (evidence kept); main renders the text from them. */
  editSummary: method<SummaryVersion>()(z.object({ noteId: Id, text: NoteText.min(1), structured: StructuredDoc.nullable().default(null) }).strict()),
  /** Main re-verifies: only the latest, complete version, checked by the clinician, every open flag acknowledged. */
  signSummary: method<SummaryVersion>()(
    z
      .object({
        noteId: Id,
        versionId: Id,
        checked: z.boolean(),
        acknowledgements: z.array(z.object({ statement: z.number().int().min(0).max(10_000), kind: z.enum(FLAG_KINDS) }).strict()).max(10_000).default([]),
      })
      .strict(),
  ),
  deleteNote: method<{ readonly deleted: false }>()(z.object({ noteId: Id }).strict()),
  /**
   * Main writes the clipboard (so it can clear it on lock if it still holds this text) and audits the copy.
   * After the identifier guard: 'removed' makes main redact the text before copying; either choice is audited.
   */
  copySummary: method<{ readonly copied: true }>()(
    z.object({ noteId: Id.nullable(), versionId: Id.nullable(), text: NoteText.min(1), deidGuard: DeidGuardSchema.optional() }).strict(),
  ),
  /** Export and print happen in the renderer; main records them. */
  recordSummaryAction: method<{ readonly recorded: true }>()(
    z.object({ noteId: Id.nullable(), versionId: Id.nullable(), action: z.enum(['export', 'print']), deidGuard: z.object({ choice: DeidGuardSchema, text: NoteText }).strict().optional() }).strict(),
  ),
  saveDraft: method<{ readonly savedAt: string }>()(z.object({ text: NoteText, style: SummaryStyleSchema }).strict()),
  getDraft: method<Draft | null>()(z.object({}).strict()),
  backupVault: method<{ readonly path: string } | null>()(z.object({}).strict()),
  /**
   * Replaces the vault with a backup the user picks (an admin, or anyone on a machine with no vault
   * yet). Ends the session; resolves null when cancelled.
   */
  restoreVault: method<SessionInfo | null>()(z.object({}).strict()),
} as const;

export const vaultEvents = {
  /** Main locked the vault (idle, OS lock, sleep): the renderer must drop note text at once. */
  sessionChanged: event<SessionInfo>(),
} as const;
