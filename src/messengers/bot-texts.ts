import type { ChatLanguage } from './messenger-chat.entity.js';

/** Messenger language code → the bot's language: Russian for ru*, English otherwise (the spec's default). */
export function chatLanguage(languageCode: string | null | undefined): ChatLanguage {
  return languageCode?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

const TEXTS = {
  en: {
    createTicket: '📝 Create ticket',
    myTickets: '📋 My tickets',
    menuHint: 'Choose an action:',
    chooseType: 'What is your request about?',
    describe: 'Please describe your problem in one message. You can attach a photo or a file.',
    ticketCreated: (n: number) =>
      `Ticket #${n} is created. We will answer here; just write to this chat to add details.`,
    noOpenTickets: 'You have no open tickets.',
    openTickets: 'Your open tickets:',
    chooseTicket: 'You have several open tickets. Which one is this message about?',
    addedToTicket: (n: number) => `Added to ticket #${n}.`,
    unknownProject: 'This support link is not valid.',
    helpdeskDisabled: 'Support is not available in this project right now.',
    createNotAllowed: 'New tickets cannot be created here right now.',
    viewNotAllowed: 'The ticket list is not available here.',
    noProject: 'To contact support, open the support link from the website you came from.',
    consent: (name: string, description: string) =>
      `${name}${description ? `\n\n${description}` : ''}\n\nSubscribe to messages from ${name} to contact their ` +
      `support?`,
    subscribe: '✅ Subscribe',
    cancel: '✖ Cancel',
    requestCancelled: 'Cancelled. You can open the link again while it is valid.',
    requestExpired: 'This link has expired. Please request a new one on the website.',
    requestUsed: 'This link was already used.',
    csatThanks: (rating: number) => `Thank you for your rating: ${'⭐'.repeat(rating)}`,
    csatAlready: 'This ticket is already rated, or it was reopened.',
    statusNames: { new: 'new', in_progress: 'in progress', waiting: 'waiting for you', closed: 'closed' } as Record<
      string,
      string
    >,
    ticketLine: (n: number, status: string, subject: string) => `#${n} · ${status}${subject ? ` · ${subject}` : ''}`,
    ticketButton: (n: number, subject: string) => `#${n}${subject ? ` ${subject}` : ''}`,
    stale: 'This button is no longer active.',
    refused: 'Sorry, that did not work. Please try again from the menu: /start',
    myTicketsTitle: 'Your tickets (open and recently closed). Tap one to see its messages:',
    noTickets: 'You have no tickets yet.',
    ticketHeader: (n: number, status: string, subject: string) =>
      `Ticket #${n} · ${status}${subject ? `\n${subject}` : ''}`,
    messageLine: (fromSupport: boolean, text: string) => `${fromSupport ? '💬 Support' : '🙂 You'}: ${text}`,
    noMessages: 'No messages yet.',
    closeTicket: '✅ Close ticket',
    ticketClosedByCustomer: (n: number) => `Ticket #${n} is closed. Write again any time to reopen it.`,
    addedToProjectTicket: (n: number, project: string) => `Added to ticket #${n} (${project}).`,
    projectTicketButton: (n: number, project: string, subject: string) =>
      `${project} #${n}${subject ? ` ${subject}` : ''}`,
  },
  ru: {
    createTicket: '📝 Создать обращение',
    myTickets: '📋 Мои обращения',
    menuHint: 'Выберите действие:',
    chooseType: 'С чем связано обращение?',
    describe: 'Опишите, пожалуйста, проблему одним сообщением. Можно приложить фото или файл.',
    ticketCreated: (n: number) =>
      `Обращение №${n} создано. Мы ответим здесь; чтобы дополнить, просто напишите в этот чат.`,
    noOpenTickets: 'У вас нет открытых обращений.',
    openTickets: 'Ваши открытые обращения:',
    chooseTicket: 'У вас несколько открытых обращений. К какому относится это сообщение?',
    addedToTicket: (n: number) => `Добавлено в обращение №${n}.`,
    unknownProject: 'Эта ссылка поддержки недействительна.',
    helpdeskDisabled: 'Поддержка в этом проекте сейчас недоступна.',
    createNotAllowed: 'Создание обращений сейчас недоступно.',
    viewNotAllowed: 'Список обращений недоступен.',
    noProject: 'Чтобы написать в поддержку, откройте ссылку поддержки на сайте, с которого вы пришли.',
    consent: (name: string, description: string) =>
      `${name}${description ? `\n\n${description}` : ''}\n\nПодписаться на сообщения ${name}, чтобы обратиться ` +
      `в поддержку?`,
    subscribe: '✅ Подписаться',
    cancel: '✖ Отмена',
    requestCancelled: 'Отменено. Ссылку можно открыть снова, пока она действует.',
    requestExpired: 'Срок действия ссылки истёк. Запросите новую на сайте.',
    requestUsed: 'Эта ссылка уже использована.',
    csatThanks: (rating: number) => `Спасибо за оценку: ${'⭐'.repeat(rating)}`,
    csatAlready: 'Это обращение уже оценено или снова открыто.',
    statusNames: { new: 'новое', in_progress: 'в работе', waiting: 'ждёт вашего ответа', closed: 'закрыто' } as Record<
      string,
      string
    >,
    ticketLine: (n: number, status: string, subject: string) => `№${n} · ${status}${subject ? ` · ${subject}` : ''}`,
    ticketButton: (n: number, subject: string) => `№${n}${subject ? ` ${subject}` : ''}`,
    stale: 'Эта кнопка больше не активна.',
    refused: 'Не получилось. Попробуйте ещё раз из меню: /start',
    myTicketsTitle: 'Ваши обращения (открытые и недавно закрытые). Нажмите, чтобы посмотреть переписку:',
    noTickets: 'У вас пока нет обращений.',
    ticketHeader: (n: number, status: string, subject: string) =>
      `Обращение №${n} · ${status}${subject ? `\n${subject}` : ''}`,
    messageLine: (fromSupport: boolean, text: string) => `${fromSupport ? '💬 Поддержка' : '🙂 Вы'}: ${text}`,
    noMessages: 'Сообщений пока нет.',
    closeTicket: '✅ Закрыть обращение',
    ticketClosedByCustomer: (n: number) => `Обращение №${n} закрыто. Напишите снова в любой момент, чтобы открыть его.`,
    addedToProjectTicket: (n: number, project: string) => `Добавлено в обращение №${n} (${project}).`,
    projectTicketButton: (n: number, project: string, subject: string) =>
      `${project} №${n}${subject ? ` ${subject}` : ''}`,
  },
};

export type BotTexts = (typeof TEXTS)['en'];

export function botTexts(language: ChatLanguage): BotTexts {
  return TEXTS[language];
}
