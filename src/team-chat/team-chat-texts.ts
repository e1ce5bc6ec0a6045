/** What the bot says in the team group and to members in private (plain text, English: the team's tool). */
export const TEAM_TEXTS = {
  groupLinked: (project: string) =>
    `This group is now the team chat of "${project}". Every new ticket gets its own topic here; write in a ` +
    'topic to answer the customer, start with ! for an internal note, or use /take, /close, /reopen, ' +
    '/status <new|in_progress|waiting|closed>, /priority <low|normal|high|urgent>. Link your own Telegram ' +
    'account from the console (Team page) so the bot knows who you are.',
  groupCodeInvalid:
    'This link code is unknown, already used or expired (codes are valid 1 hour). Ask for a new one in the ' +
    'console: Settings → Team chat.',
  notForum:
    'Topics are off in this group, so nothing was linked. Turn them on (group settings → Topics), make the ' +
    'bot an administrator with "Manage topics", then open the link from the console again.',
  memberLinked: (name: string) =>
    `Your Telegram account is now linked to ${name}. In the team group your messages in a ticket's topic ` +
    'are replies from you; here you get your notifications.',
  resetNotLinked:
    'This Telegram account is not linked to a team member, so no password-reset link can be sent. Ask an admin ' +
    'of your team for one (console: Team → Password reset link).',
  resetTooSoon: 'Reset links were sent a moment ago; ask again in a few minutes.',
  resetLinks: (lines: string[]) =>
    `Your password-reset link (valid 24 hours, one use; earlier unused links stop working):\n${lines.join('\n')}\n` +
    'Open it, choose a new password, and every other session of yours ends. Did not ask? Ignore this message.',
  memberCodeInvalid:
    'This link code is unknown, already used or expired (codes are valid 1 hour). Ask for a new one in the ' +
    'console: Team → Link Telegram.',
  notLinked: (who: string) =>
    `${who}, your message reached no customer: your Telegram account is not linked to a team member. Link ` +
    'it in the console (Team → Link Telegram), then write again.',
  viewerCannot: (who: string) =>
    `${who}, your message reached no customer: the viewer role cannot reply or change tickets.`,
  noCredit: 'No credit left: the reply was not sent. Top up the credits in the console, then send it again.',
  failed: (reason: string) => `Not done: ${reason}`,
  unknownCommand:
    'Commands: /take, /close, /reopen, /status <new|in_progress|waiting|closed>, /priority <low|normal|high|urgent>; ' +
    'start a message with ! for an internal note.',
  done: 'Done',
  statusLine: (from: string, to: string, by: string | null) => `Status: ${from} → ${to}${by ? ` (${by})` : ''}`,
  priorityLine: (priority: string, by: string) => `Priority: ${priority} (${by})`,
  assignedLine: (name: string | null) => (name ? `Assigned to ${name}` : 'Unassigned'),
  customer: (name: string) => `👤 ${name}:`,
  agent: (name: string) => `💬 ${name}:`,
  note: (name: string) => `📝 Internal note, ${name}:`,
  header: (lines: string[]) => lines.join('\n'),
  takeButton: 'Take',
  closeButton: 'Close',
  notifyAssigned: (ticket: string, link: string) => `Ticket ${ticket} is assigned to you.\n${link}`,
  notifyCustomerWrote: (ticket: string, text: string, link: string) =>
    `The customer wrote on your ticket ${ticket}:\n${text}\n${link}`,
  otp: (code: string) =>
    `Your ownership transfer code: ${code}\nValid 10 minutes. If you did not ask for it, ignore this message.`,
} as const;
