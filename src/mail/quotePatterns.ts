/**
 * The lines that start quoted history, in the languages LeadPane's users and their contacts
 * write in. Kept as data so a new mail client's phrasing is one entry, with a test.
 */

/** Verbs that end an attribution line: "On <date>, <name> wrote:". */
export const WROTE_VERBS = [
  'wrote', 'writes', 'a écrit', 'a ecrit', 'schrieb', 'geschrieben', 'escribió', 'escribio', 'ha scritto', 'scrisse', 'escreveu',
  'schreef', 'skrev', 'kirjoitti', 'написал\\(а\\)', 'написал', 'написала', 'писал', 'napisał\\(a\\)', 'napisał', 'napisała',
  'đã viết', 'viết', 'yazdı', 'írta', 'napsal', 'napsala', '写道', 'さんは書きました',
];

/** "On ... wrote:" and its translations, tested on one line or on two/three joined lines. */
export const ATTRIBUTION_LINE = new RegExp(`^.{0,300}?(?:${WROTE_VERBS.join('|')})(?![\\p{L}]).{0,120}:\\s*$`, 'iu');

/** Cheap pre-check: how every attribution line ends (`--`, not `-{2,}`: a dash run must not be rescanned from each dash). */
export const ATTRIBUTION_END = new RegExp(`(?::|--|${WROTE_VERBS.join('|')})\\s*$`, 'iu');

/** The same without the colon, or framed by dashes (Zoho: "---- On ... wrote ----"); needs a date and an address. */
export const ATTRIBUTION_LOOSE = new RegExp(`^.{0,300}?(?:${WROTE_VERBS.join('|')})\\s*(?:-{2,}\\s*)?$`, 'iu');

/** Clients that write no verb at all: `30.09.2017, 18.30, "John" <john@x.com>:`; needs a date. */
export const ADDRESS_ATTRIBUTION = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\s*(?:>\s*)?:\s*$/u;

/** Words that open an attribution line; an attribution must start with one or carry an address or date. */
export const ATTRIBUTION_OPENERS = /^(?:on|le|am|el|il|em|op|den|på|vào|lúc|w dniu|dnia|dne|в|hinnerk|[0-9]|<|")/iu;

/** Keys of the first line of a header block (From:) in common languages. */
export const FROM_KEYS = [
  'from', 'de', 'von', 'van', 'da', 'från', 'fra', 'lähettäjä', 'от', 'od', 'từ', 'người gửi', 'gönderen', 'feladó', 'expéditeur', 'remitente', 'mittente', 'afzender', 'avsändare', 'message du',
];

/** Keys of the other lines of a header block (Sent:, To:, Subject:...) in common languages. */
export const HEADER_KEYS = [
  'sent', 'date', 'to', 'cc', 'bcc', 'subject', 'reply-to', 'envoyé', 'envoyé le', 'à', 'a', 'objet', 'copie', 'cc', 'sujet', 'date',
  'gesendet', 'datum', 'an', 'betreff', 'kopie', 'enviado', 'enviado el', 'para', 'asunto', 'fecha', 'inviato', 'data', 'oggetto', 'per',
  'verzonden', 'aan', 'onderwerp', 'skickat', 'till', 'ämne', 'sendt', 'til', 'emne', 'lähetetty', 'vastaanottaja', 'aihe',
  'отправлено', 'кому', 'тема', 'дата', 'wysłano', 'do', 'temat', 'gửi', 'gửi lúc', 'ngày gửi', 'đến', 'tới', 'chủ đề', 'tiêu đề', 'ngày', 'đồng gửi',
  'assunto', 'enviada', 'tarih', 'kime', 'konu',
];

const escapeKey = (key: string): string => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function keyLine(keys: string[]): RegExp {
  // Outlook plain text bolds keys as *From:*; French puts a space before the colon.
  return new RegExp(`^\\s*[*_]{0,2}(?:${keys.map(escapeKey).join('|')})[*_]{0,2}\\s?[*_]{0,2}\\s*:`, 'iu');
}

export const FROM_LINE = keyLine(FROM_KEYS);
export const HEADER_LINE = keyLine(HEADER_KEYS);

/** Words inside a dashed separator that mark an original or forwarded message. */
const SEPARATOR_WORDS =
  'original|forward|weitergeleitet|ursprüngliche|origine|transféré|reenviado|reenvío|inoltrato|doorgestuurd|oorspronkelijk|videresendt|vidarebefordrat|opprinnelig|ursprungligt|oprindelig|alkuperäinen|välitetty|исходное|пересылаемое|пересланное|oryginalna|przekazana|gốc|chuyển tiếp|mensagem|encaminhada|message|nachricht|mensaje|messaggio|bericht|meddelande|melding|viesti|сообщение|wiadomość|tin nhắn|thư';

/**
 * `-----Original Message-----`, `---------- Forwarded message ---------`, Enron's `--- Forwarded by X on ... ---`.
 * One quantifier over the leading run (spaces included) and a fixed-width closing rule: a line of
 * spaces or dashes is scanned once, not once per character.
 */
export const SEPARATOR_LINE = new RegExp(`^[-_=*>\\s]{2,}(?:${SEPARATOR_WORDS})(?:.*[-_=*]{2}\\s*|[^-_=*]{0,40})$|^\\s*(?:begin forwarded message|original message|anfang der weitergeleiteten nachricht|début du message réexpédié)\\s*(?::\\s*)?$`, 'iu');

/** A line of underscores or dashes only (Outlook draws one above its header block). */
export const RULE_LINE = /^\s*(?:_{8,}|-{8,}|={8,})\s*$/;

/*
 * The footer patterns below run on a line whose whitespace runs are collapsed to one space and
 * whose trailing dot is gone (see MOBILE_FOOTER), so a word is `[^ ]+` and words are joined by
 * exactly one space: no two quantifiers can share a character.
 */

/** Device footers by their device words ("Sent from Yahoo Mail on Android", "Von meinem iPhone gesendet"). */
const DEVICE_FOOTER =
  /^(?:(?:sent from|sent with|sent via|sent using|sent wirelessly(?: from| via| by)?|envoyé de|envoyé depuis|envoyé sans fil par|enviado desde|enviado do|inviato da|verzonden met|verzonden vanaf|skickat från|sendt fra|lähetetty|отправлено с|wysłane z|gửi từ) (?:[^ ]+ ){0,4}?(?:iphone|ipad|android|blackberry|mobile(?: device)?|smartphone|phone|galaxy|samsung|device|outlook|mail|windows phone|di động|điện thoại)(?: [^ ]+){0,6}|von meinem [^ ]+(?: [^ ]+){0,2} gesendet|get outlook for (?:ios|android)|(?:sent|envoyé) (?:from|de) (?:yahoo mail|outlook|mail|gmail) (?:for|on|pour|sur) [^ ].*)$/iu;

/** "Sent from my <any device>": up to five words, no comma, so a sentence that starts the same stays. */
const SENT_FROM_MY = /^(?:sent from(?= [^ ]+(?: [^ ]+){0,3}$)|sent from my|sent with my|envoyé de mon|envoyé depuis mon|enviado desde mi|enviado do meu|inviato dal mio|inviato da|verzonden vanaf mijn|verzonden met mijn|skickat från min|sendt fra min|lähetetty|gửi từ) [^,;:\n]{1,40}$/iu;
/** Outlook mobile's footer, often with its link glued on: "Get Outlook for iOS<https://aka.ms/o0ukef>". */
const OUTLOOK_MOBILE = /^(?:get outlook for|gesendet von outlook für|envoyé à partir de outlook pour|obtenir outlook pour|enviado desde outlook para|téléchargez outlook pour|scaricare outlook per|sent from outlook for|sent from outlook mobile|get outlook mobile) [^ ]+$/iu;

/** Longer lines are prose; the footer rules never see them. */
export const MAX_FOOTER_LINE_CHARS = 80;

/** The line as the footer patterns read it: link glued at the end dropped, one space between words, no final dot. */
function footerText(line: string): string | null {
  if (line.length > MAX_FOOTER_LINE_CHARS * 4) return null;
  let text = line.trim();
  const link = text.endsWith('>') ? text.lastIndexOf('<http') : -1;
  if (link >= 0 && !text.slice(link + 1, -1).includes('>')) text = text.slice(0, link).trimEnd();
  if (text.length > MAX_FOOTER_LINE_CHARS) return null;
  text = text.replace(/\s+/g, ' ');
  if (text.endsWith('.')) text = text.slice(0, -1).trimEnd();
  return text;
}

/** Mobile-client footers: "Sent from my iPhone", "Gửi từ iPhone của tôi", "Von meinem iPhone gesendet". */
export const MOBILE_FOOTER = {
  test(line: string): boolean {
    const text = footerText(line);
    if (text === null) return false;
    return DEVICE_FOOTER.test(text) || SENT_FROM_MY.test(text) || OUTLOOK_MOBILE.test(text);
  },
};

/** Fenced code blocks (```) hold text that only looks like quotes or signatures. */
export const CODE_FENCE = /^\s*```/;
