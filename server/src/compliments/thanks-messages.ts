import { IntlMessageFormat } from 'intl-messageformat';
import { Language, LANGUAGES } from '../common/languages';

/**
 * The words of the customer's thank-you pages and of the email that confirms a compliment (ICU messages), written
 * for a customer who has just been helped: plain, warm, and never about how the company works inside.
 */
export const THANKS_MESSAGES: Record<Language, Record<string, string>> = {
  en: {
    'form.title': '{team, select, yes {Say thank you to the team at {name}} other {Say thank you to {name}}}',
    'form.pageTitle': '{team, select, yes {Thank the team at {name}} other {Thank {name}}}',
    'form.intro': 'Your words go to their manager first. Nothing is published without their review.',
    'form.whatHappened': 'What happened?',
    'form.whatHappenedHint': '(what you needed and what they did)',
    'form.howItEnded': 'How did it end?',
    'form.howItEndedHint': '(was your problem solved?)',
    'form.firstName': 'Your first name',
    'form.email': 'Your email',
    'form.optional': '(optional)',
    'form.emailHint': 'Only to confirm your compliment is real: we send one confirmation link and never show your address to staff.',
    'form.consent': 'You may quote my words inside the company.',
    'form.honeypot': 'Leave this empty',
    'form.send': 'Send my thanks',
    'form.language': 'Language',
    'error.whatHappened': 'Tell us in a few words what happened (at least 10 characters, no links).',
    'error.tooLong': 'Please keep it under {max} characters.',
    'error.howItEnded': 'Tell us how it ended.',
    'error.firstName': 'A first name of up to {max} characters, please.',
    'error.email': 'That does not look like an email address (or leave it empty).',
    'unavailable.title': 'This thank-you link is no longer available',
    'unavailable.why': 'The person or team may have turned it off, or the link is not complete.',
    'unavailable.instead': 'Thank you for wanting to say something kind. You can still tell them in person or through the company’s usual contact channels.',
    'thanks.title': 'Thank you!',
    'thanks.onTheirWay': 'Your words are on their way to the team’s manager.',
    'thanks.emailSent': 'We sent you an email with a link: please open it to confirm your compliment is real.',
    'refused.title': 'We could not take this',
    'refused.too_fast': 'That was quicker than anyone can type. Please take a moment, then send the form again.',
    'refused.stale': 'This page was open for a long time. Please reload it and send your words again.',
    'refused.invalid': 'Something in the form was not right. Please reload the page and try again.',
    'refused.proof_of_work': 'We could not verify that a person sent this. Please wait for the check under the form to finish, then send it again.',
    'refused.duplicate': 'We already have these words from you. Thank you: once is enough.',
    'refused.throttled': 'We received many messages from your connection. Please try again later.',
    'confirmed.title': 'Confirmed, thank you!',
    'confirmed.text': 'Your compliment is confirmed. The team will be glad to hear it.',
    'confirmGone.title': 'This confirmation link no longer works',
    'confirmGone.used': 'It was already used: your compliment is confirmed.',
    'confirmGone.expired': 'It has expired.',
    'confirmGone.unknown': 'It is not complete or not valid.',
    'confirmGone.nothingMore': 'Nothing more is needed from you.',
    'confirm.title': 'Confirm your compliment',
    'confirm.text': 'One click tells the team your compliment is real.',
    'confirm.button': 'Yes, I wrote it',
    'email.subject': '{team, select, yes {Please confirm your thanks to the team at {who}} other {Please confirm your thanks to {who}}}',
    'email.preview': 'One click confirms your compliment is real.',
    'email.heading': 'Thank you for your kind words',
    'email.text':
      '{team, select, yes {You thanked the team at {who}.} other {You thanked {who}.}} Please confirm it was you, so the team knows the compliment is real.',
    'email.button': 'Confirm my compliment',
    'email.note': "The link works once, for {hours} hours. If you did not write this, ignore this email: nothing is published without a manager's review.",
  },
  es: {
    'form.title': '{team, select, yes {Da las gracias al equipo de {name}} other {Da las gracias a {name}}}',
    'form.pageTitle': '{team, select, yes {Agradecer al equipo de {name}} other {Agradecer a {name}}}',
    'form.intro': 'Tus palabras llegan primero a su responsable. No se publica nada sin su revisión.',
    'form.whatHappened': '¿Qué pasó?',
    'form.whatHappenedHint': '(qué necesitabas y qué hizo por ti)',
    'form.howItEnded': '¿Cómo terminó?',
    'form.howItEndedHint': '(¿se resolvió tu problema?)',
    'form.firstName': 'Tu nombre',
    'form.email': 'Tu correo electrónico',
    'form.optional': '(opcional)',
    'form.emailHint':
      'Solo para confirmar que tu agradecimiento es real: te enviamos un único enlace de confirmación y nunca mostramos tu dirección al personal.',
    'form.consent': 'Mis palabras se pueden citar dentro de la empresa.',
    'form.honeypot': 'Deja esto vacío',
    'form.send': 'Enviar mi agradecimiento',
    'form.language': 'Idioma',
    'error.whatHappened': 'Cuéntanos en pocas palabras qué pasó (al menos 10 caracteres, sin enlaces).',
    'error.tooLong': 'Por favor, no pases de {max} caracteres.',
    'error.howItEnded': 'Cuéntanos cómo terminó.',
    'error.firstName': 'Un nombre de hasta {max} caracteres, por favor.',
    'error.email': 'Eso no parece una dirección de correo (o déjalo vacío).',
    'unavailable.title': 'Este enlace de agradecimiento ya no está disponible',
    'unavailable.why': 'Puede que la persona o el equipo lo haya desactivado, o que el enlace esté incompleto.',
    'unavailable.instead': 'Gracias por querer decir algo amable. Aún puedes decírselo en persona o por los canales de contacto habituales de la empresa.',
    'thanks.title': '¡Gracias!',
    'thanks.onTheirWay': 'Tus palabras van de camino a la persona responsable del equipo.',
    'thanks.emailSent': 'Te hemos enviado un correo con un enlace: ábrelo para confirmar que tu agradecimiento es real.',
    'refused.title': 'No hemos podido recibirlo',
    'refused.too_fast': 'Ha sido más rápido de lo que nadie puede escribir. Espera un momento y vuelve a enviar el formulario.',
    'refused.stale': 'Esta página llevaba mucho tiempo abierta. Vuelve a cargarla y envía de nuevo tus palabras.',
    'refused.invalid': 'Algo del formulario no estaba bien. Vuelve a cargar la página e inténtalo otra vez.',
    'refused.proof_of_work': 'No hemos podido comprobar que lo envía una persona. Espera a que termine la comprobación bajo el formulario y vuelve a enviarlo.',
    'refused.duplicate': 'Ya tenemos estas palabras tuyas. Gracias: con una vez basta.',
    'refused.throttled': 'Hemos recibido muchos mensajes desde tu conexión. Inténtalo de nuevo más tarde.',
    'confirmed.title': '¡Confirmado, gracias!',
    'confirmed.text': 'Tu agradecimiento está confirmado. Al equipo le alegrará saberlo.',
    'confirmGone.title': 'Este enlace de confirmación ya no funciona',
    'confirmGone.used': 'Ya se usó: tu agradecimiento está confirmado.',
    'confirmGone.expired': 'Ha caducado.',
    'confirmGone.unknown': 'Está incompleto o no es válido.',
    'confirmGone.nothingMore': 'No tienes que hacer nada más.',
    'confirm.title': 'Confirma tu agradecimiento',
    'confirm.text': 'Con un clic, el equipo sabrá que tu agradecimiento es real.',
    'confirm.button': 'Sí, lo escribí yo',
    'email.subject': '{team, select, yes {Confirma tu agradecimiento al equipo de {who}} other {Confirma tu agradecimiento a {who}}}',
    'email.preview': 'Con un clic confirmas que tu agradecimiento es real.',
    'email.heading': 'Gracias por tus amables palabras',
    'email.text':
      '{team, select, yes {Diste las gracias al equipo de {who}.} other {Diste las gracias a {who}.}} Confirma que fuiste tú, para que el equipo sepa que el agradecimiento es real.',
    'email.button': 'Confirmar mi agradecimiento',
    'email.note':
      'El enlace funciona una sola vez, durante {hours} horas. Si no lo escribiste tú, ignora este correo: no se publica nada sin la revisión de un responsable.',
  },
  de: {
    'form.title': '{team, select, yes {Bedanken Sie sich beim Team von {name}} other {Bedanken Sie sich bei {name}}}',
    'form.pageTitle': '{team, select, yes {Danke an das Team von {name}} other {Danke an {name}}}',
    'form.intro': 'Ihre Worte gehen zuerst an die zuständige Führungskraft. Ohne deren Prüfung wird nichts veröffentlicht.',
    'form.whatHappened': 'Was ist passiert?',
    'form.whatHappenedHint': '(was Sie gebraucht haben und was für Sie getan wurde)',
    'form.howItEnded': 'Wie ist es ausgegangen?',
    'form.howItEndedHint': '(wurde Ihr Anliegen gelöst?)',
    'form.firstName': 'Ihr Vorname',
    'form.email': 'Ihre E-Mail-Adresse',
    'form.optional': '(optional)',
    'form.emailHint': 'Nur um zu bestätigen, dass Ihr Lob echt ist: Wir schicken einen Bestätigungslink und zeigen Ihre Adresse nie den Mitarbeitenden.',
    'form.consent': 'Meine Worte dürfen innerhalb des Unternehmens zitiert werden.',
    'form.honeypot': 'Dieses Feld leer lassen',
    'form.send': 'Meinen Dank senden',
    'form.language': 'Sprache',
    'error.whatHappened': 'Erzählen Sie in ein paar Worten, was passiert ist (mindestens 10 Zeichen, keine Links).',
    'error.tooLong': 'Bitte höchstens {max} Zeichen.',
    'error.howItEnded': 'Erzählen Sie uns, wie es ausgegangen ist.',
    'error.firstName': 'Bitte einen Vornamen mit höchstens {max} Zeichen.',
    'error.email': 'Das sieht nicht nach einer E-Mail-Adresse aus (oder lassen Sie das Feld leer).',
    'unavailable.title': 'Dieser Dankeslink ist nicht mehr verfügbar',
    'unavailable.why': 'Die Person oder das Team hat ihn vielleicht abgeschaltet, oder der Link ist unvollständig.',
    'unavailable.instead':
      'Danke, dass Sie etwas Freundliches sagen möchten. Sie können es ihnen weiterhin persönlich oder über die üblichen Kontaktwege des Unternehmens sagen.',
    'thanks.title': 'Vielen Dank!',
    'thanks.onTheirWay': 'Ihre Worte sind auf dem Weg zur Führungskraft des Teams.',
    'thanks.emailSent': 'Wir haben Ihnen eine E-Mail mit einem Link geschickt: Bitte öffnen Sie ihn, um zu bestätigen, dass Ihr Lob echt ist.',
    'refused.title': 'Das konnten wir nicht annehmen',
    'refused.too_fast': 'Das ging schneller, als jemand tippen kann. Bitte warten Sie einen Moment und senden Sie das Formular dann erneut.',
    'refused.stale': 'Diese Seite war lange geöffnet. Bitte laden Sie sie neu und senden Sie Ihre Worte noch einmal.',
    'refused.invalid': 'Etwas im Formular stimmte nicht. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.',
    'refused.proof_of_work':
      'Wir konnten nicht prüfen, dass ein Mensch dies gesendet hat. Bitte warten Sie, bis die Prüfung unter dem Formular fertig ist, und senden Sie es dann erneut.',
    'refused.duplicate': 'Diese Worte haben wir schon von Ihnen. Danke: Einmal genügt.',
    'refused.throttled': 'Von Ihrer Verbindung kamen sehr viele Nachrichten. Bitte versuchen Sie es später noch einmal.',
    'confirmed.title': 'Bestätigt, vielen Dank!',
    'confirmed.text': 'Ihr Lob ist bestätigt. Das Team wird sich darüber freuen.',
    'confirmGone.title': 'Dieser Bestätigungslink funktioniert nicht mehr',
    'confirmGone.used': 'Er wurde schon benutzt: Ihr Lob ist bestätigt.',
    'confirmGone.expired': 'Er ist abgelaufen.',
    'confirmGone.unknown': 'Er ist unvollständig oder ungültig.',
    'confirmGone.nothingMore': 'Sie müssen nichts weiter tun.',
    'confirm.title': 'Bestätigen Sie Ihr Lob',
    'confirm.text': 'Ein Klick zeigt dem Team, dass Ihr Lob echt ist.',
    'confirm.button': 'Ja, das habe ich geschrieben',
    'email.subject': '{team, select, yes {Bitte bestätigen Sie Ihren Dank an das Team von {who}} other {Bitte bestätigen Sie Ihren Dank an {who}}}',
    'email.preview': 'Ein Klick bestätigt, dass Ihr Lob echt ist.',
    'email.heading': 'Danke für Ihre freundlichen Worte',
    'email.text':
      '{team, select, yes {Sie haben sich beim Team von {who} bedankt.} other {Sie haben sich bei {who} bedankt.}} Bitte bestätigen Sie, dass Sie es waren, damit das Team weiß, dass das Lob echt ist.',
    'email.button': 'Mein Lob bestätigen',
    'email.note':
      'Der Link funktioniert einmal, {hours} Stunden lang. Wenn Sie das nicht geschrieben haben, ignorieren Sie diese E-Mail: Ohne Prüfung durch eine Führungskraft wird nichts veröffentlicht.',
  },
};

/** Each language named in its own words, for the page's language links. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español', de: 'Deutsch' };

const cache = new Map<string, IntlMessageFormat>();

export function thanksText(language: Language, key: string, values: Record<string, string | number> = {}): string {
  const id = `${language}:${key}`;
  let format = cache.get(id);
  if (!format) {
    format = new IntlMessageFormat(THANKS_MESSAGES[language][key] ?? THANKS_MESSAGES.en[key] ?? key, language);
    cache.set(id, format);
  }
  return String(format.format(values));
}

function known(value: unknown): Language | null {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value) ? (value as Language) : null;
}

/**
 * The page's language: the one the customer chose on the page (`lang`), else the first their browser asks for that
 * we speak (Accept-Language, by weight), else the company's default.
 */
export function thanksLanguage(chosen: unknown, acceptLanguage: string | undefined, companyDefault: Language): Language {
  const picked = known(chosen);
  if (picked) return picked;
  const asked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { language: tag.split('-')[0].toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((a) => a.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return asked.map((a) => known(a.language)).find((l): l is Language => l !== null) ?? companyDefault;
}
