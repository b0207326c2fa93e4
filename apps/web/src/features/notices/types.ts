import type { FileObjectionBody, NoticeView, ObjectionReceiptView, Page, PublicResultView } from '@jiebang/contracts';
import type { z } from 'zod';

export type Notice = z.infer<typeof NoticeView>;
export type NoticeStatus = Notice['status'];
export type NoticeUnit = Notice['proposedWinners'][number];
export type ObjectionInput = z.input<typeof FileObjectionBody>;
export type ObjectionReceipt = z.infer<typeof ObjectionReceiptView>;
export type PublicResult = z.infer<typeof PublicResultView>;
export type PublicResultPage = z.infer<ReturnType<typeof Page<typeof PublicResultView>>>;
