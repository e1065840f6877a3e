/**
 * Our own word lists: everyday words that are also first or last names (so a capitalized match
 * needs context before it is called a name), clinical words that start sentences and headings,
 * and facility words that turn a capitalized phrase into a place ("... Medical Center").
 *
 * @example
 * COMMON_NAME_WORDS.includes('will'); // true
 */

const words = (s: string): string[] => s.trim().split(/\s+/);

/**
 * Words that are names only in context: "Will" (verb), "Hope", "Grant", "April", "Dawn", "Joy",
 * months, colours, trades, and the clinical vocabulary that opens sentences and headings.
 *
 * @example
 * COMMON_NAME_WORDS.includes('will'); // true
 */
export const COMMON_NAME_WORDS: readonly string[] = words(`
will hope grant april may june august dawn joy faith grace rose lily iris daisy ruby amber summer autumn winter
spring sky rain storm river rivers brook brooks bill mark frank sue pat art jack guy rich bob gene chase lane dean page
young brown white black green gray grey king hill wood woods stone rice bush ford hall long short best little bell
price cook baker fisher hunter mason porter walker banks moody church cross star hart love free golden rich noble
major rose sterling summers justice liberty harmony melody patience prudence mercy charity trinity destiny
christian angel honey candy cherry ginger olive hazel heather holly ivy jasmine violet crystal diamond pearl ebony
sunny sandy rusty dusty buck colt fox wolf lamb bird swan crane drake finch hawk jay robin wren parrot
sharp strong swift quick small large wise good bright gay bland rowe moss marsh ash oak pine birch
gates wells waters fields meadows brooks woods park parks lake rock stone marble steel iron silver gold
patient patients history exam examination assessment plan impression findings diagnosis diagnoses procedure
procedures indication indications technique comparison conclusion recommendation recommendations note notes
medications medication allergies allergy vitals vital signs review systems physical family social past
surgical medical chief complaint present illness hospital course discharge admission admitted disposition
follow followup instructions condition stable labs lab results result imaging report reports addendum
signed electronically dictated transcribed attending resident fellow nurse physician provider consultant
consult service department unit ward clinic center centre general regional memorial community university
county state north south east west central saint st mount mt new old upper lower left right bilateral
normal abnormal negative positive unremarkable mild moderate severe acute chronic denies reports states
notes noted seen given started continue continued stop stopped start no yes none not the a an and or of in
on at to for with without from by per via as is was were be been has have had his her their they she he
job mrn dob dos ssn npi dea vin cc hpi ros pmh psh fh sh pe ap a&p hmo ppo pos epo name names re subject date time mr mrs ms miss dr doctor prof professor sir madam dear sincerely regards thanks thank you
monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
january february march july september october november december jan feb mar apr jun jul aug sep sept oct nov dec
tylenol motrin advil aleve lasix coumadin
emergency room department intensive care icu ed er or pacu mri ct cta pet xray ultrasound echo ekg ecg eeg
baby boy girl infant child son daughter wife husband mother father brother sister aunt uncle grandmother
grandfather friend neighbor caregiver partner spouse guardian sibling
blood pressure pulse heart lung lungs abdomen chest head neck skin extremities neuro psych
temperature weight height bmi oxygen saturation respiratory rate
`);

/** Words that make a capitalized phrase a facility (a LOCATION under Safe Harbor). @example FACILITY_WORDS.includes('hospital'); // true */
export const FACILITY_WORDS: readonly string[] = words(`
hospital hospitals medical center centre clinic clinics infirmary sanatorium sanitarium hospice
nursing home homes rehabilitation rehab institute health healthcare healthsystem system systems
care carehome practice surgery surgical pharmacy laboratory laboratories labs imaging radiology
diagnostics urgent associates group partners physicians pediatrics family children's childrens
women's womens veterans va memorial general regional community university county mercy
methodist baptist presbyterian lutheran adventist episcopal kaiser permanente
manor lodge residence residences villa village gardens assisted living senior retirement
dialysis oncology cancer cardiology orthopedics orthopaedics behavioral psychiatric mental wellness
`);

/** Words that, directly after a capitalized phrase, make it a facility. @example FACILITY_HEADS.includes('clinic'); // true */
export const FACILITY_HEADS: readonly string[] = words(`
hospital hospitals center centre clinic clinics infirmary hospice home institute health healthcare
system practice pharmacy laboratory laboratories labs imaging radiology diagnostics associates group
partners physicians pediatrics manor lodge residence villa gardens living dialysis oncology cardiology
orthopedics orthopaedics rehabilitation rehab surgery care agency
elementary preschool academy
regional memorial medical medicine
`);

/** Endings of English place names beyond faker's city suffixes ("Millbrook", "Oakdale", "Cedar Falls"). @example PLACE_SUFFIXES.some((s) => 'millbrook'.endsWith(s)); // true */
export const PLACE_SUFFIXES: readonly string[] = words(`
brook brooke wood woods dale dell ford ridge springs falls hills hill grove creek field fields bridge bury haven
mont ton town ville burg borough land lake port mouth vale valley heights park crest glen
`);
