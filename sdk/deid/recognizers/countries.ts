/**
 * Country names in English, lower case: the last line of an address block abroad ("Slovenia 15755",
 * "..., hungary 24743"). A country alone is no Safe Harbor identifier; next to a postcode or ending
 * an address it marks the words before it as the rest of that address.
 *
 * @example
 * isCountry('Czech Republic'); // true
 */

const NAMES = `afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas
bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria
burkina faso burundi cambodia cameroon canada cape verde chad chile china colombia comoros congo costa rica
croatia cuba cyprus czechia czech republic denmark djibouti dominica dominican republic ecuador egypt el salvador
england eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece greenland
grenada guatemala guinea guyana haiti honduras hong kong hungary iceland india indonesia iran iraq ireland israel
italy ivory coast jamaica japan jordan kazakhstan kenya kiribati korea south korea north korea kosovo kuwait
kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia
maldives mali malta mauritania mauritius mexico moldova monaco mongolia montenegro morocco mozambique myanmar namibia
nepal netherlands the netherlands new zealand nicaragua niger nigeria north macedonia macedonia norway oman pakistan
palestine panama paraguay peru philippines poland portugal puerto rico qatar romania russia rwanda samoa san marino
saudi arabia scotland senegal serbia seychelles sierra leone singapore slovakia slovenia somalia south africa
south sudan spain sri lanka sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga
trinidad tunisia turkey türkiye turkmenistan uganda ukraine united arab emirates uae united kingdom uk united states
usa uruguay uzbekistan vanuatu venezuela vietnam viet nam wales yemen zambia zimbabwe`;

// Multi-word names first, so "south africa" is one entry and not "south" plus "africa".
const MULTI = [
  'burkina faso', 'cape verde', 'costa rica', 'czech republic', 'dominican republic', 'el salvador', 'hong kong',
  'ivory coast', 'south korea', 'north korea', 'north macedonia', 'the netherlands', 'new zealand', 'puerto rico',
  'san marino', 'saudi arabia', 'sierra leone', 'south africa', 'south sudan', 'sri lanka', 'united arab emirates',
  'united kingdom', 'united states', 'viet nam',
];

const COUNTRIES: ReadonlySet<string> = (() => {
  let rest = NAMES.replace(/\s+/g, ' ');
  for (const m of MULTI) rest = rest.split(m).join(' ');
  return new Set([...MULTI, ...rest.split(' ').filter(Boolean)]);
})();

/**
 * Is this word or phrase (any case, single-spaced) a country name?
 *
 * @example
 * isCountry('SLOVENIA'); // true
 */
export function isCountry(phrase: string): boolean {
  return COUNTRIES.has(phrase.toLowerCase().replace(/\s+/g, ' ').trim());
}

/**
 * The country named by the last one to three words of `phrase`, or null.
 *
 * @example
 * countryAtEnd('mohács, hungary'); // 'hungary'
 */
export function countryAtEnd(phrase: string): string | null {
  const words = phrase.trim().split(/[\s,]+/).filter(Boolean);
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const tail = words.slice(words.length - n).join(' ');
    if (isCountry(tail)) return tail;
  }
  return null;
}
