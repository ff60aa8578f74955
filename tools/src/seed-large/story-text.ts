/**
 * Building blocks for a million hero stories: short, plausible and varied enough that no two neighbouring
 * cards read the same. Combined by index, so the text costs nothing to store in the generator.
 */
export const CHANNELS = ['in_person', 'phone', 'chat', 'email', 'social', 'field'] as const;

export const TITLES = [
  'Found a lost parcel on the first call',
  'Rebooked a whole family in one chat',
  'Stayed late to finish an alteration',
  'Turned a complaint into a loyal customer',
  'Solved a billing mix-up without a transfer',
  'Talked a customer through a setup at midnight',
  'Delivered an order by hand',
  'Spotted a fraud attempt in time',
  'Sized a wedding party in an afternoon',
  'Calmed a furious caller and fixed it',
  'Tracked down the last one in stock',
  'Explained a warranty nobody else could',
  'Rescued a birthday present',
  'Fixed a broken account in one go',
  'Translated for a tourist in trouble',
  'Made a return painless',
];

export const SITUATIONS = [
  'A customer called, upset: the order showed as delivered but had not arrived.',
  'A regular came in with a problem two other stores had not solved.',
  'A chat started with a one-word message and a long wait behind it.',
  'An older customer was confused by a letter about a price change.',
  'A parent needed something before a flight the next morning.',
  'The system had charged a customer twice and she had already been passed around.',
  'A visitor who spoke little of the language needed help with a return.',
  'A small business customer was about to cancel after a week of delays.',
];

export const ACTIONS = [
  'Stayed on the line, traced it with the courier and arranged a same-day collection.',
  'Checked every record, found the cause and fixed it there and then, without a hand-off.',
  'Walked them through it step by step and followed up the next day to check.',
  'Called two other stores, found the last one in stock and had it sent over.',
  'Took ownership, kept the customer posted by message and closed it before the shift ended.',
  'Asked the right questions, compared the options and put together one clear answer.',
];

export const IMPACTS = [
  'The customer had it the same evening and wrote in to say thank you.',
  'No second call, no ticket: solved on first contact.',
  'The customer renewed for another year and asked for the same agent next time.',
  'A complaint became a five-star review that the whole team read out on Monday.',
  'The customer got the refund in two days and one number to call if needed.',
  'The family left happy and came back the following week.',
];

export const QUOTES = [
  'I expected a week of emails. It took one call.',
  'Finally somebody who just fixed it.',
  'You went out of your way for me. Thank you.',
  'Best service I have had anywhere.',
];

export const ENDORSEMENT_COMMENTS = [
  'Saw this happen, brilliant work.',
  'This is exactly who we are.',
  'Well deserved!',
  'The customer still talks about it.',
  'Teaching moment for all of us.',
];

export const CITATIONS = [
  'For a story the whole team kept talking about.',
  'Thank you for owning this one from start to finish.',
  'First-contact resolution at its best.',
  'For going well beyond what anyone could ask.',
];

export const FIRST_NAMES = [
  'Amara',
  'Ben',
  'Chloe',
  'Dario',
  'Elif',
  'Felix',
  'Grace',
  'Hiro',
  'Isla',
  'Jonah',
  'Kemi',
  'Liam',
  'Maya',
  'Nikhil',
  'Olivia',
  'Pablo',
  'Quinn',
  'Rosa',
  'Samir',
  'Tara',
  'Umar',
  'Vera',
  'Wes',
  'Xiomara',
  'Yusuf',
  'Zoe',
  'Aiko',
  'Bruno',
  'Carmen',
  'Dev',
  'Esme',
  'Farah',
  'Gabe',
  'Hana',
  'Ivan',
  'Jada',
  'Kai',
  'Lena',
  'Mateo',
  'Nora',
  'Omar',
  'Priya',
  'Ravi',
  'Sade',
  'Tomas',
  'Uma',
  'Viktor',
  'Wren',
  'Yara',
  'Zane',
];
export const LAST_NAMES = [
  'Okafor',
  'Novak',
  'Tanaka',
  'Rossi',
  'Yilmaz',
  'Schmidt',
  'Mensah',
  'Kowalski',
  'Silva',
  'Brennan',
  'Haddad',
  'Larsen',
  'Patel',
  'Moreau',
  'Nguyen',
  'Garcia',
  'Kim',
  'Oduya',
  'Fischer',
  'Costa',
  'Dubois',
  'Ahmed',
  'Jensen',
  'Reyes',
  'Walsh',
  'Sato',
  'Ibrahim',
  'Murphy',
  'Alvarez',
  'Chen',
];

const AREAS = [
  'Customer Care',
  'Online Chat',
  'Field Service',
  'Returns',
  'Billing Support',
  'Store Team',
  'Technical Support',
  'Social Care',
  'Escalations',
  'Onboarding',
];
const PLACES = ['North', 'South', 'East', 'West', 'Central', 'Harbour', 'Airport', 'Riverside'];

/** The name of department `i`: unique for up to 80 departments (the column is 80 characters). */
export function departmentName(i: number): string {
  return `${AREAS[i % AREAS.length]} ${PLACES[Math.floor(i / AREAS.length) % PLACES.length]}${i >= AREAS.length * PLACES.length ? ` ${i}` : ''}`;
}
