/**
 * The Team page's invite states and one-time links, and the "My Telegram" notification switches
 * (en.ts and ru.ts spread these in; the type makes ru name every key en has).
 */
export const teamEn = {
  'team.access': 'Invite',
  'team.pending': 'Pending',
  'team.accepted': 'Accepted',
  'team.newInviteLink': 'New invite link',
  'team.resetLink': 'Password reset link',
  'team.inviteIssued':
    'New invite link for {name}: it works once, until {time}, and is shown only now. Earlier links stop working.',
  'team.resetIssued':
    'Password reset link for {name}: it works once, until {time}, and is shown only now. Send it to them ' +
    'yourself; choosing a new password signs them out everywhere else.',
  'team.oneTimeLink': 'One-time link',
  'team.actions': 'Actions',
  'tgNotify.title': 'Private notifications in Telegram',
  'tgNotify.assigned': 'A ticket is assigned to me',
  'tgNotify.customerReplied': 'The customer wrote on my ticket',
  'tgNotify.needsLink': 'Link your Telegram account first: the bot sends these notifications there.',
};

export const teamRu: Record<keyof typeof teamEn, string> = {
  'team.access': 'Приглашение',
  'team.pending': 'Не принято',
  'team.accepted': 'Принято',
  'team.newInviteLink': 'Новая ссылка-приглашение',
  'team.resetLink': 'Ссылка для сброса пароля',
  'team.inviteIssued':
    'Новая ссылка-приглашение для {name}: работает один раз, до {time}, и показана только сейчас. Прежние ' +
    'ссылки больше не действуют.',
  'team.resetIssued':
    'Ссылка для сброса пароля для {name}: работает один раз, до {time}, и показана только сейчас. Отправьте ' +
    'её сами; новый пароль завершит все другие сеансы этого участника.',
  'team.oneTimeLink': 'Одноразовая ссылка',
  'team.actions': 'Действия',
  'tgNotify.title': 'Личные уведомления в Telegram',
  'tgNotify.assigned': 'Мне назначили тикет',
  'tgNotify.customerReplied': 'Клиент написал в моём тикете',
  'tgNotify.needsLink': 'Сначала привяжите свой Telegram: бот присылает эти уведомления туда.',
};
