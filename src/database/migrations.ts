import { Foundation1795448329726 } from './migrations/1795448329726-Foundation.js';
import { Tickets1795448799444 } from './migrations/1795448799444-Tickets.js';
import { HelpdeskConfiguration1795449073234 } from './migrations/1795449073234-HelpdeskConfiguration.js';
import { TicketTypeForeignKey1795449650610 } from './migrations/1795449650610-TicketTypeForeignKey.js';
import { Webhooks1795451391051 } from './migrations/1795451391051-Webhooks.js';
import { Messengers1795451489317 } from './migrations/1795451489317-Messengers.js';
import { TicketListIndexes1795451540628 } from './migrations/1795451540628-TicketListIndexes.js';
import { OpenTicketGinIndexes1795457002572 } from './migrations/1795457002572-OpenTicketGinIndexes.js';
import { MemberSignIn1796173820877 } from './migrations/1796173820877-MemberSignIn.js';
import { Credits1796173889171 } from './migrations/1796173889171-Credits.js';
import { ConversationsAndAttachments1796174074677 } from './migrations/1796174074677-ConversationsAndAttachments.js';
import { IdempotencyLease1796174154213 } from './migrations/1796174154213-IdempotencyLease.js';
import { MessengerTextIds1796174489330 } from './migrations/1796174489330-MessengerTextIds.js';
import { LiveEventPositions1796175667749 } from './migrations/1796175667749-LiveEventPositions.js';
import { ProjectConfigVersion1796216114265 } from './migrations/1796216114265-ProjectConfigVersion.js';
import { QueueTableVacuum1796300000000 } from './migrations/1796300000000-QueueTableVacuum.js';
import { ReplyCreditCharge1796300100000 } from './migrations/1796300100000-ReplyCreditCharge.js';
import { PasswordAttemptThrottle1796507280000 } from './migrations/1796507280000-PasswordAttemptThrottle.js';
import { PerCredentialRateLimit1796507270000 } from './migrations/1796507270000-PerCredentialRateLimit.js';
import { TransactionStreamPositions1796400000000 } from './migrations/1796400000000-TransactionStreamPositions.js';
import { CustomerContact1796500100000 } from './migrations/1796500100000-CustomerContact.js';
import { ReplyDeliveryRefund1796500200000 } from './migrations/1796500200000-ReplyDeliveryRefund.js';
import { CreditFunctionsFromFiles1796600000000 } from './migrations/1796600000000-CreditFunctionsFromFiles.js';
import { AgentWorkspace1796653923993 } from './migrations/1796653923993-AgentWorkspace.js';
import { ReportIndexes1796654262375 } from './migrations/1796654262375-ReportIndexes.js';
import { Customers1796653246165 } from './migrations/1796653246165-Customers.js';
import { CustomFields1796654006648 } from './migrations/1796654006648-CustomFields.js';
import { BusinessHours1796653397377 } from './migrations/1796653397377-BusinessHours.js';
import { TicketListSorts1796653796987 } from './migrations/1796653796987-TicketListSorts.js';
import { OutOfHoursReplies1796654060607 } from './migrations/1796654060607-OutOfHoursReplies.js';
import { Macros1796654350582 } from './migrations/1796654350582-Macros.js';
import { TeamChat1796654585339 } from './migrations/1796654585339-TeamChat.js';
import { CheaperTicketWrites1796660000000 } from './migrations/1796660000000-CheaperTicketWrites.js';
import { ReportTicketIndex1796670000000 } from './migrations/1796670000000-ReportTicketIndex.js';
import { CsatRatingTicketCascade1796670100000 } from './migrations/1796670100000-CsatRatingTicketCascade.js';

/** Every migration, oldest first. Listed explicitly: ESM builds and Jest cannot glob-load them. */
export const MIGRATIONS = [
  Foundation1795448329726,
  Tickets1795448799444,
  HelpdeskConfiguration1795449073234,
  TicketTypeForeignKey1795449650610,
  Webhooks1795451391051,
  Messengers1795451489317,
  TicketListIndexes1795451540628,
  OpenTicketGinIndexes1795457002572,
  MemberSignIn1796173820877,
  Credits1796173889171,
  ConversationsAndAttachments1796174074677,
  IdempotencyLease1796174154213,
  MessengerTextIds1796174489330,
  LiveEventPositions1796175667749,
  ProjectConfigVersion1796216114265,
  QueueTableVacuum1796300000000,
  ReplyCreditCharge1796300100000,
  TransactionStreamPositions1796400000000,
  CustomerContact1796500100000,
  ReplyDeliveryRefund1796500200000,
  PerCredentialRateLimit1796507270000,
  PasswordAttemptThrottle1796507280000,
  CreditFunctionsFromFiles1796600000000,
  AgentWorkspace1796653923993,
  ReportIndexes1796654262375,
  Customers1796653246165,
  CustomFields1796654006648,
  BusinessHours1796653397377,
  TicketListSorts1796653796987,
  OutOfHoursReplies1796654060607,
  Macros1796654350582,
  TeamChat1796654585339,
  CheaperTicketWrites1796660000000,
  ReportTicketIndex1796670000000,
  CsatRatingTicketCascade1796670100000,
];
