import type { Caller } from '../access/roles.ts';
import { canOnBid, type BidPolicySubject } from '../bid/bid.policy.ts';
import { extensionOf } from '../attachment/attachment.ts';
import { invalidField, ruleViolation, type FieldIssue } from '../shared/domain-error.ts';
import { normalisePersonName } from './recusal.ts';

/**
 * 盲评 (blind review): in a programme that asks for it, an expert never learns who bid — not from the bid view, the
 * work list, the file list, a file's name or a document's metadata. These are the pure parts of that promise.
 */

/** Stands in for an organisation or person id an expert may not see (the nil UUID still satisfies the contract). */
export const HIDDEN_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Whether the bidder's identity is hidden from this caller: the programme reviews blind and the caller sees the bid
 * only through a panel seat. The bid's own staff, its PI and the programme's officers always see who bid.
 */
export function identityHiddenFrom(actor: Caller, subject: BidPolicySubject, blindReview: boolean): boolean {
  return blindReview && !canOnBid(actor, 'view', { ...subject, callerOnPanel: false });
}

/** "揭榜申报书（浙大宁波研究院）.pdf", third in the list → "附件3.pdf": the position stays, the name goes, the type stays. */
export function neutralFileName(position: number, fileName: string): string {
  const extension = extensionOf(fileName);
  return `附件${position}${extension ? `.${extension}` : ''}`;
}

/**
 * File types a blind programme does not take: legacy Office files keep their author in binary property streams, and
 * an archive's member names and documents cannot be checked. PDF and docx/xlsx/pptx are scrubbed on download.
 */
export const BLIND_REVIEW_REFUSED_TYPES: readonly string[] = ['doc', 'xls', 'ppt', 'zip'];

/** Refuses (400 at `querystring.fileName`) a file a blind review could not hand out without its author. */
export function assertBlindReviewFileType(fileName: string, blindReview: boolean): void {
  if (blindReview && BLIND_REVIEW_REFUSED_TYPES.includes(extensionOf(fileName))) {
    throw invalidField('querystring.fileName', `this programme reviews blind (盲评): upload PDF, docx, xlsx, pptx or an image, not ${BLIND_REVIEW_REFUSED_TYPES.join('/')}`);
  }
}

/** Who is behind a bid, as far as its text could give it away. */
export interface BidIdentity {
  organisations: readonly { name: string; nameEn: string | null; uscc: string | null }[];
  people: readonly string[];
}

export interface BlindProposal {
  title: string;
  technicalProposal: string;
  indicatorCommitments: readonly { note: string }[];
  /** The lead's task and each member's (experts read the division of work too). */
  leadTask?: string;
  memberTasks?: readonly { organisationName: string; task: string }[];
}

/** Full-width forms, spaces and case never hide a name. */
const normaliseText = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** The words that name the bidder: unit names (Chinese and English), USCCs and people's names without titles. */
function identityTerms(identity: BidIdentity): string[] {
  const terms = [
    ...identity.organisations.flatMap((organisation) => [organisation.name, organisation.nameEn ?? '', organisation.uscc ?? '']).map(normaliseText),
    ...identity.people.map(normalisePersonName),
  ];
  // One character names nobody; a two-character Chinese name (周涛) is a name.
  return [...new Set(terms.filter((term) => term.length >= 2))];
}

/**
 * The one test of free text against who bid, for everything experts of a blind programme read: it gives the words
 * of `identity` the text names (normalised), none when it names nobody of the bid.
 */
export function identityFinder(identity: BidIdentity): (text: string) => string[] {
  const terms = identityTerms(identity);
  return (text) => {
    const normalised = normaliseText(text);
    return terms.filter((term) => normalised.includes(term));
  };
}

const namedList = (named: readonly string[]) => `“${named.join('”, “')}”`;

/**
 * In a blind programme, a bid whose title, technical proposal, indicator notes or task division name its lead, a member, a USCC
 * or a person of the bid is refused at submission (409 `bid.identity_in_blind_proposal`), every such field named,
 * so the bidder can rewrite it before the experts read it.
 */
export function assertNoIdentityInBlindProposal(proposal: BlindProposal, identity: BidIdentity): void {
  const found = identityFinder(identity);
  const issues: FieldIssue[] = [];
  const check = (path: string, text: string) => {
    const named = found(text);
    if (named.length) issues.push({ path, message: `names the bidder (${namedList(named)}); a blind review must not show who bid` });
  };
  check('body.technicalProposal', proposal.technicalProposal);
  check('body.title', proposal.title);
  proposal.indicatorCommitments.forEach((commitment, index) => check(`body.indicatorCommitments.${index}.note`, commitment.note));
  check('body.leadTask', proposal.leadTask ?? '');
  // Member rows have no stable position once saved: the message names the member whose task it is.
  for (const member of proposal.memberTasks ?? []) {
    const named = found(member.task);
    if (named.length) issues.push({ path: 'body.members', message: `the task of ${member.organisationName} names the bidder (${namedList(named)}); a blind review must not show who bid` });
  }
  if (issues.length) {
    throw ruleViolation('bid.identity_in_blind_proposal', 'This programme reviews blind (盲评): remove the names of the bidding units, their USCC and the people of the bid from the proposal', { issues });
  }
}

/**
 * In a blind programme, text an officer writes where the experts read it too (a defence slot's venue or note) may
 * not name a party of a bid either — of any bid the experts may see, which `identity` joins. Refused like a naming
 * proposal (409 `defence.identity_in_blind_text`), each field that does named, before anything is saved.
 */
export function assertNoIdentityInBlindText(fields: readonly { path: string; text: string }[], identity: BidIdentity): void {
  const found = identityFinder(identity);
  const issues = fields.flatMap(({ path, text }): FieldIssue[] => {
    const named = found(text);
    return named.length ? [{ path, message: `names a bidder (${namedList(named)}); the experts of a blind review (盲评) read this text` }] : [];
  });
  if (issues.length) {
    throw ruleViolation('defence.identity_in_blind_text', 'This programme reviews blind (盲评): the experts read the venue and note of every defence, so they may not name a bidding unit, its USCC or a person of a bid', { issues });
  }
}
