/**
 * Businesses that place a person: where someone works, shops or was found ("works nights at the Meijer on 28th St",
 * "found down behind the Circle K on Broadway", "was at the pilot in knoxville", "wife works at the nissan plant").
 * The shape is the evidence: "the", a name of one to three words, then where it is ("in Gallup", "on Hervey St",
 * "there") or what it is ("plant", "warehouse", "store"). A name of everyday words counts only when it is a chain
 * people name this way (Home Depot, Dollar General, Pilot, Tops); a clinical word never does.
 *
 * @example
 * recognizeWorkplaces('works at the Publix in Ozark')[0].kind; // 'business'
 */
import type { Candidate } from '../span.js';
import { isMedicalTerm, isOrganization } from '../medical-terms.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { FUNCTION_WORDS, NAME_BEFORE, PUBLIC_PLAN } from './cue-words.js';
import { capsLine } from './people-cues.js';
import { clinicalTerm } from './place-words.js';
import { has, matchesOf } from './util.js';

// Chains people name this way. Their names are everyday words, letters, or words the vocabulary holds as clinical
// (the generator's own corpus mentions stores), so a name in this list passes whatever its words.
const CHAINS = new Set(
  [
    'home depot', 'dollar general', 'dollar tree', 'family dollar', 'circle k', 'price chopper', 'market basket', 'piggly wiggly',
    'pilot', 'flying j', 'petro', "love's", 'loves', 'tops', 'target', 'sonic', 'speedway', 'shell', 'jewel', 'giant', 'giant eagle',
    'food lion', 'stop & shop', 'save a lot', 'whole foods', 'cracker barrel', 'waffle house', 'burger king', 'taco bell',
    'dairy queen', 'tractor supply', 'rural king', 'big lots', 'family fare', 'ge', 'gm', 'ups', 'jbs', 'h-e-b', 'heb',
    'walmart', 'wal-mart', 'kroger', 'publix', 'meijer', 'safeway', 'albertsons', 'costco', 'aldi', 'lidl', 'wegmans', 'hy-vee',
    'winn-dixie', 'ingles', 'shoprite', 'vons', 'ralphs', 'fred meyer', 'food 4 less', '7-eleven', 'wawa', 'sheetz', 'quiktrip',
    'racetrac', "casey's", 'cumberland farms', 'walgreens', 'cvs', 'rite aid', "lowe's", 'menards', 'kmart', 'amazon', 'fedex',
    'tyson', 'smithfield', 'cargill', 'perdue', "pilgrim's", "mcdonald's", "wendy's", "hardee's", 'bojangles', 'popeyes',
    "applebee's", "denny's", 'ihop', 'starbucks', 'dunkin', 'nissan', 'toyota', 'boeing',
  ].map((w) => w.toLowerCase()),
);

// What a workplace is, after its name. Kinds of works, whose name is said with them ("the Allis plant", "the Wolf Lake
// terminal"), and other kinds, which keep their name alone ("the Golden Lotus restaurant").
const WORKS_KIND = String.raw`plant|warehouse|distribution(?:[ \t]+center)?|factory|mill|mine|refinery|foundry|yard|terminal|shipyard|dock|ore[ \t]+dock|assembly[ \t]+plant|sheet[ \t]+mill|glass[ \t]+plant|tube[ \t]+mill|hub|elevator|feedlot|co-?op`;
const OTHER_KIND = String.raw`store|station|truck[ \t]+stop|dc|marina|restaurant|tavern|diner|cafe|motel|hotel|hardware|general[ \t]+store|post[ \t]+office|chemical|clinic|feed[ \t]+yard|sale[ \t]+barn`;
const KIND_AFTER = new RegExp(String.raw`^[ \t]+(?:${WORKS_KIND}|${OTHER_KIND})\b`);
const INDUSTRIAL = new RegExp(String.raw`^(?:${WORKS_KIND})$`);

// "at/from/behind/near the" + one to three words of a name + where or what it is.
const WORKPLACE = new RegExp(
  String.raw`\b(?:at|from|behind|near|outside|by|to|off|for|of)[ \t]+the[ \t]+((?:[\p{L}\d][\p{L}\d'’&-]*)(?:[ \t]+(?:&[ \t]+)?[\p{L}\d][\p{L}\d'’&-]*){0,2}?)(?=[ \t]+(?:in|on|off|near|by|there|out[ \t]+on|home[ \t]+office|commissary|casino|pharmacy|parking[ \t]+lot|lot|gas[ \t]+station|deli|${WORKS_KIND}|${OTHER_KIND})\b)`,
  'dgiu',
);

// "works at Whirlpool in Clyde", "shift at Micron", "bus mechanic for the MBTA", "laid off from Sheet & Tube": after a
// verb of working, the employer, with or without "the"; an acronym counts here ("the MBTA", "MWRA").
const EMPLOYER = /\b(?:works?|worked(?![ \t]+up\b)|working|employed|employee|job|shift|duty|duties|volunteers?|owner|plays|played|coaches|coached|hairdresser|stylist|barber|maker|retired|laid[ \t]+off|driver|drives|drove|hauls|hauled|trucker|mechanic|cashier|clerk|nurse|custodian|cook|waitress|bartender|teacher|professor|instructor|student|studies|studying|enrolled|sophomore|freshman|welder|electrician|foreman|operator|guard|packer|miner|secretary|janitor|machinist|laborer|roofer|supervisor|engineer|technician|receptionist|housekeeper|dishwasher|stocker|assembler|lineman|plumber|carpenter|accountant|analyst|dispatcher|server|manager|contractor|aide|attendant|caregiver|nanny|brakeman|shipfitter|pipefitter|steelworker|millwright|boilermaker|longshoreman|ironworker|roustabout|deckhand|logger)(?:[ \t]+[\p{Ll}\d]+){0,4}?[ \t]+(?:at|for|from|(?<=owner[ \t]+)of|(?<=contractor[ \t]+)with)[ \t]+(?:the[ \t]+)?((?:(?:\p{Lu}\.){2,}(?![\p{L}\d])|\p{Lu}[\p{L}\d'’&-]*)(?:[ \t]+(?:(?:&|and)[ \t]+)?\p{Lu}[\p{L}\d'’&-]*){0,3})/dgu;

// The same verbs in a lower-case note, where no capital marks the employer: a name no word list holds but the
// name lists and gazetteers, then at most one more such word ("drives truck for irving oil", "worked at kessler mill 20
// yrs"); the word of trade after it is taken in by span-edges.ts. (Not "works at night", "works for ups", "works at home".)
const EMPLOYER_LOWER = /\b(?:works?|worked(?![ \t]+up\b)|working|employed|job|shift|retired|laid[ \t]+off|driver|drives|drove|hauls|trucker|mechanic|cashier|clerk|welder|foreman|operator|miner|machinist|laborer|engineer|technician)(?:[ \t]+[\p{Ll}\d]+){0,3}?[ \t]+(?:at|for|from)[ \t]+(?:the[ \t]+)?(\p{Ll}[\p{Ll}'’-]+(?:[ \t]+\p{Ll}[\p{Ll}'’-]+)?)(?![\p{L}\d])/dgu;

// Words after "the" that name what a place is, not which one ("at the store in town", "the house on Elm").
const KIND_WORDS = new Set(
  'store shop market gas station plant factory mill mine warehouse house home apartment apt trailer park farm ranch church school bar club restaurant diner hotel motel shelter hospital clinic office job work jail light corner stop bus train same old new local other big little main first second last place lot level center ctr bldg building vendor cafe co-op coop bodega panaderia tortilleria taqueria carniceria airport garage depot pharmacy'.split(' '),
);

// Organisation words that name no employer: the word "healthcare" and the hospital's own equipment department (public plans
// are PUBLIC_PLAN).
const NOT_EMPLOYER_ORGS = new Set(['healthcare', 'biomed']);
// Employers that place no one: the services and arms of government ("retired from the Army", "works for the State").
const INSTITUTIONS = new Set('dr drs doctor mr mrs ms miss prof rev army navy air force marines marine military guard coast state county city town government federal feds postal post office va school district university college hospital church union company self family'.split(' '));

// Chains whose names are no everyday or clinical word: named anywhere, they say where someone was ("retired from
// Russellville Walmart deli", "picked up meds at Walgreens"). (Not "CVS", "Target", "Pilot", "Shell": clinical or
// everyday words, read only with "the" or a street after them; nor the pharmacies, where a prescription is sent more
// often than a person is placed.)
const DISTINCT_CHAINS = /\b(?:wal-?mart|kroger|publix|meijer|safeway|costco|aldi|wegmans|hy-vee|winn-dixie|shoprite|home[ \t]depot|dollar[ \t]general|family[ \t]dollar|dollar[ \t]tree|piggly[ \t]wiggly|cracker[ \t]barrel|waffle[ \t]house|mcdonald['’]s|burger[ \t]king|taco[ \t]bell|dairy[ \t]queen|tractor[ \t]supply|7-eleven|wawa|sheetz|quiktrip|racetrac|cumberland[ \t]farms|circle[ \t]k|market[ \t]basket|price[ \t]chopper|stop[ \t]&[ \t]shop|food[ \t]lion|h-e-b|love['’]s[ \t]truck[ \t]stop|flying[ \t]j|super[ \t]8|motel[ \t]6|pick[ \t]['’]?n['’]?[ \t]save|food[ \t]city|super[ \t]one|pizza[ \t]inn|menards|culver['’]s|bob[ \t]evans|tim[ \t]hortons|pizza[ \t]hut|go-mart|giant[ \t]eagle|eat[ \t]['’]?n['’]?[ \t]park|planet[ \t]fitness|sunoco|kmart|starbucks|applebee['’]s|ihop|popeyes|hardee['’]s|chick-fil-a|arby['’]s|little[ \t]caesars|sam['’]s[ \t]club)(?![\p{L}\d-])/giu;
// A chain named by a word a note uses otherwise, or a pharmacy, placed by a street or town after it: "at CVS on Cleveland
// Ave", "Shell in Ozark", "pt's pharmacy (Walgreens in Malden Sq)", "at the IGA in Inez", "the CVS inside the Target"; or by a
// town before it: "works at the Canton CVS".
const TOWN_CHAIN = /\bthe[ \t]+\p{Lu}\p{Ll}+[ \t]+(CVS|Walgreens|Rite[ \t]Aid|Target|Shell|Stop[ \t]&[ \t]Shop|Star[ \t]Market|Market[ \t]Basket|Home[ \t]Depot|Walmart|Kroger|Dunkin['’]?|McDonald['’]s|YMCA)(?![\p{L}])/gdu;
const CHAIN_ON_STREET = /(?:\b(?:at|from|to|near|behind|outside)[ \t]+(?:the[ \t]+)?|\()(CVS|Walgreens|Rite[ \t]Aid|Shell|Pilot|Target|Giant|Speedway|Sonic|Jewel|Tops|Petro|Amazon|Exxon|Chevron|Sunoco|Marathon|Citgo|Valero|Casey['’]s|Kum[ \t]&[ \t]Go|Maverik|Holiday|Love['’]s|QuikTrip|Kwik[ \t]Trip|IGA|BP)(?=[ \t]+(?:on|in|off|at|inside)[ \t]+(?:the[ \t]+)?[\p{Lu}\d])/gdu;
// A pharmacy chain with its town, in any case, after a word of sending or a "pharmacy" label: "rx called to rite aid in fort
// kent", "Pt's pharmacy: Rite Aid in Spencer".
const PHARMACY_IN_TOWN = /(?:\b(?:at|from|to|near|behind|pharmacy:?|pharmacy[ \t]+is)[ \t]+|\()(cvs|walgreens|walgreen['’]s|rite[ \t]aid)(?=[ \t]+(?:on|in|off)[ \t]+[\p{L}\d])/dgiu;

// A city's transit agency names the city; notes name it as an employer ("retired MBTA bus driver", "driver for COTA",
// "a METRO bus operator"), in capitals as written. Read only with a word of the work near it: "DART", "METRO" are words too.
const TRANSIT = /\b(?:MBTA|SEPTA|MARTA|COTA|DART|WMATA|MTA|BART|TriMet|TRIMET|NJ[ \t]Transit|NJ[ \t]TRANSIT|METRO|CapMetro|VTA|TARC|GRTC|RTD)\b/g;
const TRANSIT_WORK = /\b(?:bus|buses|driver|drives|drove|operator|conductor|mechanic|train|trains|rail|transit|route|line|garage|depot|works?|worked|retired|employee|employed|job|shift|letter)\b/i;

// A business named by its owner and its trade, in any case: "mike's towing", "Yoder's hardware", "PREJEAN'S BAIT SHOP", "BOB'S
// CLAM HUT".
const OWNED_KIND = String.raw`(?:towing|garage|bakery|diner|market|tavern|pub|grill|hardware|auto|body|bar|restaurant|cafe|café|pizza|pizzeria|deli|dairy|feed|furniture|salon|barbershop|lounge|inn|motel|marina|bait|tackle|repair|plumbing|roofing|landscaping|trucking|excavating|welding|orchard|nursery|greenhouse|sub[ \t]+shop|pizza[ \t]+shop|shop|store|logging|sawmill|mill|funeral[ \t]+(?:home|chapel|parlou?r)|(?:clam|crab|fish|lobster|burger|taco|hot[ \t]+dog|sub|bbq|barbecue|rib)[ \t]+(?:hut|shack|house|shop|stand|joint)|hut|shack)`;
// ("Thibodeaux's Bait and Tackle", "Slim's Bar & Grill": two trades joined.)
const OWNER_TRADE = new RegExp(String.raw`\b(\p{L}[\p{L}-]+['’]s)[ \t]+${OWNED_KIND}(?:[ \t]+(?:and|&)[ \t]+${OWNED_KIND})?\b`, 'dgiu');
// Its cheap test (same flags): a possessive before a kind of shop; most possessives in notes are a patient's or a relative's.
const OWNED_KIND_AFTER_S = new RegExp(String.raw`['’]s[ \t]+${OWNED_KIND}\b`, 'iu');

// A mine by its name and number, in a sentence about mining or a job: "WORKED THE WOLF PEN NO. 2 MINE", "his last job at
// ITMANN NO. 3", "Peabody No. 10 and Ayrshire mines".
const NUMBERED_MINE = /\b((?:\p{Lu}[\p{L}'’]*[ \t]+){1,3}(?:(?:No\.|NO\.)[ \t]*\d{1,2}(?![\d\p{L}\/-])|#[ \t]*\d{1,2}(?=[ \t]+(?:mine|MINE|Mine)\b)))/gdu;
const MINE_TALK = /\b(?:mines?|mining|miner|coal|underground|tipple|shaft|job|worked|works|retired|employer)\b/i;
const NOT_A_MINE_WORD = /^(?:the|at|in|on|of|from|to|and|room|rm|bed|pod|step|trial|dose|grade|case|item|note|page|form|policy|tube|size|line|order|run|job|patient|pt|day|cycle|week|phase|level|stage|type|unit|mr|mrn|acct|account|chart|record|rec|claim|ref|ticket|invoice|serial|model|lot|apt|suite|box|route|rt|rte|hwy|exit|gate|lane|pier|dock|building|bldg|floor|ward|station|engine|medic|truck|ladder|squad|precinct|district|local|post|lodge|council)$/i;
// A fraternal or ethnic club by its name, in any case: "fell at the sons of italy lodge", "PLAYED ACCORDION AT POLISH FALCONS
// HALL", "the Knights of Columbus".
const FRATERNAL = /\b(?:sons[ \t]+of[ \t]+italy|polish[ \t]+falcons(?:[ \t]+nest[ \t]*#?[ \t]*\d{1,4})?|knights[ \t]+of[ \t]+columbus|odd[ \t]+fellows|ancient[ \t]+order[ \t]+of[ \t]+hibernians|masonic[ \t]+(?:lodge|temple|hall)|grange[ \t]+hall|polish[ \t]+(?:home|club|falcons)|slovak[ \t]+(?:club|hall)|sokol[ \t]+hall|turner?[ \t]+hall)\b/gi;
// A veterans' hall named alone places a member as a church does: "coming home from the VFW", "friend Ray from the
// American Legion", "spin class at the YMCA in Waltham".
const VETERANS = String.raw`VFW|AMVETS|American[ \t]+Legion`;
const VETERANS_HALL = new RegExp(String.raw`\b(?:${VETERANS}|YMCA|YWCA)\b`, 'g');
// A veterans' or fraternal post and a union local, by number: "VFW Post 887", "American Legion Post 148", "Elks Lodge 1284",
// "Culinary union (Local 226)", "IBEW Local 103". The number names the town's post as a street number names a house.
// ("SANDUSKY EAGLES AERIE 2137": in capitals, with its town before it; "union laborer out of Local 223".)
const POST_OR_LOCAL = new RegExp(String.raw`\b(?:(?:${VETERANS}|Elks|Moose|Eagles|ELKS|MOOSE|EAGLES|Knights[ \t]+of[ \t]+Columbus)(?:[ \t]+(?:Post|Lodge|Aerie|Hall|Council|post|lodge|hall|POST|LODGE|AERIE|HALL|COUNCIL))?[ \t]*#?[ \t]*\d{1,5}|(?=Local|LOCAL)(?<=\b(?:union|IBEW|UAW|SEIU|AFSCME|Teamsters|UFCW|USW|IUOE|UA|[Ll]aborers?)\b[^\n.;]{0,30})\b(?:Local|LOCAL)[ \t]+\d{1,4})\b`, 'g');

// A bar named where a sentence is about drinking: 'DRINKS "A CASE A DAY" AT HOME AND AT THE DUGOUT', "drank at the Anchor",
// "beers nightly at the Harp & Bard", "left the Windbreak bar around midnight". The name is capitalised and closes the
// phrase or stands before what it is.
const DRINK_AT = /\b(?:drinks?|drank|drinking|drunk|beers?|shots|bartend(?:s|er|ing)?|bouncer|etoh|ETOH|DRINKS?|DRANK|DRINKING|BEERS?|BARTENDER)\b[^.;\n]{0,40}?\b(?:at|AT|left|LEFT|from|FROM|outside|OUTSIDE|behind|BEHIND)[ \t]+(?:the|THE)[ \t]+(\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:&[ \t]+)?\p{Lu}[\p{L}'’-]*){0,2})(?=[ \t]*(?:[,.;)"]|\n|$)|[ \t]+(?:bar|BAR|tavern|TAVERN|pub|PUB|lounge|LOUNGE|saloon|SALOON|on|ON|in|IN|near|NEAR|where|WHERE|when|WHEN|after|AFTER|around|AROUND|and|AND|with|WITH|every|most|nightly|NIGHTLY)\b)/dgu;
// A bar by its name and kind after a word of leaving or meeting, with no word of drinking near: "STATES PT LEFT BLUE MOON
// BAR APPROX 0030", "after meeting at Trees bar". The name's words are capitalised and no word of a bar's fittings
// ("GRAB BAR", "SIDE BAR") or a clinical word.
const BAR_NAMED = /\b(?:left|LEFT|leaving|LEAVING|outside|OUTSIDE|meeting[ \t]+at|MEETING[ \t]+AT|fight[ \t]+at|FIGHT[ \t]+AT|shot[ \t]+at|SHOT[ \t]+AT|stabbed[ \t]+at|STABBED[ \t]+AT|closing[ \t]+at|CLOSING[ \t]+AT)[ \t]+(?:the[ \t]+|THE[ \t]+)?((?:\p{Lu}[\p{L}'’&-]*[ \t]+){1,3}(?:bar|BAR|Bar|lounge|Lounge|LOUNGE|pub|Pub|PUB|tavern|TAVERN|saloon|SALOON))(?![\p{L}])/dgu;
const BAR_FITTINGS = new Set('grab side towel trapeze candy snack protein granola energy call salad sand monkey sports hotel piano cocktail wet raw open space crow sidebar safety handicap support'.split(' '));
// (Not "Engine 7": writers leave an engine company as they leave a rig's number.)
const FIRE_STATION = /\b(?:(?:Fire[ \t]+)?(?:Station|STATION|Firehouse|FIREHOUSE)|Ladder|LADDER)[ \t]*#?[ \t]*\d{1,3}\b/g;
// A trade union by its letters, where a sentence is about work, pay or membership: "paperwork for the UFA", "ILGWU pensioner",
// "longshoreman out of ILA Local 824". It names a trade and often a city's local, as an employer does.
// A national union without its local places no one ("UAW retiree", "UMWA benefits"): only a local by its number, or the
// unions of one city's services and trades.
const UNION = /\b(?:(?:ILA|ILGWU|SEIU|AFSCME|IBEW|UAW|UMWA|USW|CWA|UFCW|IUOE|Teamsters|TEAMSTERS|TWU)[ \t]+(?:Local|LOCAL|District|DISTRICT)[ \t]+\d{1,4}|UFA|UFT|PBA|DC[ \t]?37|ILGWU|1199[ \t]?SEIU|SEIU[ \t]?1199)\b/g;
const UNION_TALK = /\b(?:union|pension|pensioner|local|member|retired|retiree|paperwork|benefits?|works?|worked|job|dues|rep|delegate|shop[ \t]+steward|longshoreman|firefighter|teacher|cop|officer|nurse|driver)\b/i;
// A venue or a rural business named by its kind, capitalised: "Tiger Stadium", "the Tractor Tavern", "Bristol Motor
// Speedway", "the DC Armory", "Circle H Dairy", "Tri-Valley Ambulance", "Rainier Cab", "Jenkins IGA", "Lazy J Feedlot", "Decker Coal", "Rasband Mortuary", "the Alamosa KOA",
// "Dietrich Cellars", "Dubuque Millwork", "Garner Implement", "Freeman Turkey Farms", "Grell Law Office", "Koenig Law" ("Family Law" is no firm: see below).
// Places of resort need only capitals; a trade's name needs a word no English list holds (below).
// (A fairground, a casino, a motel, a mall or a golf course in lower case too: "at the Window Rock fairgrounds", "the Golden
// Sands casino", "the Capri motel"; a town's library: "the Chisholm Public Library".)
const VENUE_PLACES = 'Public[ \\t]+Library|motel|mall|Stadium|Arena|Tavern|Saloon|Speedway|Raceway|Casino|casino|Ballpark|Coliseum|Fairgrounds|fairgrounds|Motel|Armory|Funeral[ \\t]+Home|Burial[ \\t]+Association|Trading[ \\t]+Post|golf[ \\t]+course|Golf[ \\t]+Course';
const VENUE_KINDS = `${VENUE_PLACES}|Dairy|Dairies|Feedlot|Feedyard|Orchards|Vineyards?|Winery|Cellars|Brewery|Brewing|Distillery|Cidery|Aviation|Trucking|Logging|Excavating|Welding|Towing|Salvage|Coal|Mortuary|Well[ \\t]+Service|KOA|IGA|[Mm]ine|[Cc]olliery|[Rr]anch|Nails|Divers|Tours|Cab|Taxi|Ambulance|Livestock[ \\t]+Auction|Sale[ \\t]+Barn|Produce|Roofing|Plumbing|Landscaping|Drywall|Stucco|Masonry|Paving|Hauling|Freight|Seafood|Lumber|Millwork|Implement|Cold[ \\t]+Storage|Air[ \\t]+Service|Investigations|Farms|Creamery|Law[ \\t]+Offices?|Law[ \\t]+Firm|Law`;
// (An abbreviated word keeps its period, "Rivera Bros. Produce", "Odebolt Vol. Ambulance"; a sentence's period ends the name:
// "ABG. Coal", "Abel. Ranch".)
const VENUE = new RegExp(String.raw`\b((?:\p{Lu}[\p{L}'’&-]*(?:(?<=\b(?:Bros|Vol|Co|Mfg|Assn|Intl|Natl|Mt|St|Ft))\.(?=[ ][^ ]))?[ \t]+){1,3}(?:${VENUE_KINDS}))(?![\p{L}])`, 'gdu');
const VENUE_KIND = new RegExp(VENUE_KINDS);
// The kind closing a venue's name, to count its words ("Funeral Home", "Trading Post": two).
const VENUE_KIND_END = new RegExp(`(?:${VENUE_KINDS})$`, 'u');
const VENUE_PLACE = new RegExp(`^(?:${VENUE_PLACES})$`, 'i');
// A shop by its owner's possessive and the street it stands on, after "at" or a pharmacy: "works at the Bashas' on Main",
// "Pharmacy (Smith's on Rampart)", "Pharmacist from Smith's on Pyramid Way". (Not a day: "at Mom's on Sunday".)
const SHOP_ON_STREET = /(?=\p{Lu})(?<=\b(?:at|At|AT|from|From|FROM|[Pp]harmacy|PHARMACY)[ \t]*(?:the[ \t]+)?\(?)(\p{Lu}[\p{L}-]+(?:['’]s|s['’])[ \t]+on[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?))(?![\p{L}])/dgu;
const WHEN_NAMES = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|thanksgiving|weekends?|holidays?)$/i;
// Words that open a hospital's own rooms or a generic phrase, not a venue's name.
const NOT_VENUE_WORD = new Set('the a an family staff visitor visitors patient hospital this that our their his her my'.split(' '));

// What may follow an employer's name in capitals: where it is or what it is, or the end of the clause.
const CAPS_NAME_END = /^(?:[ \t]+(?:ON|IN|AT|OFF|NEAR|DISTRIBUTION|PLANT|WAREHOUSE|STORE|MILL|CTR|CENTER|FACTORY|MINE|SHOP)\b|[ \t]*[,.;)]|[ \t]*$)/;
// The verbs of working in a line of capitals ("PT WORKS AS CASHIER AT MAPLE LEAF DONUTS ON MAIN ST", "DRIVES FOR LAREDO
// TRUCK & TIRE"). (Not after "THE": "RETIRED FROM THE RAILROAD", "WORKS AT THE GLASS PLANT" name a kind of work.)
const EMPLOYER_CAPS = /\b(?:WORKS?|WORKED|WORKING|EMPLOYED|RETIRED|LAID[ \t]+OFF|DRIVER|DRIVES|DROVE|CASHIER|COOK|CLERK|MECHANIC|MINER|PACKER|TEACHER|WELDER|FOREMAN|OPERATOR|MANAGER|SECRETARY|JANITOR|MACHINIST|LABORER|BRAKEMAN|SHIPFITTER|PIPEFITTER|STEELWORKER|MILLWRIGHT|BOILERMAKER|LONGSHOREMAN|IRONWORKER|ROUSTABOUT|DECKHAND|LOGGER)(?:[ \t]+[A-Z]+){0,3}?[ \t]+(?:AT|FOR|FROM)[ \t]+(THE[ \t]+)?([A-Z][A-Z'’&-]+(?:[ \t]+(?:&[ \t]+)?[A-Z][A-Z'’&-]+){0,2}?)(?=[ \t]+(?:ON|IN|AT|OFF|NEAR|DISTRIBUTION|PLANT|WAREHOUSE|STORE|MILL|CTR|CENTER|FACTORY|MINE|SHOP)\b|[ \t]*[,.;)]|[ \t]*$)/gdm;
// "near the Sonic when struck", "found behind the Dollar General.": a chain after "the", capitalised, closing the phrase.
const CHAIN_THE = /\b(?:at|near|behind|outside|by|from|to|of)[ \t]+the[ \t]+(\p{Lu}[\p{L}'’&-]*(?:[ \t]+(?:&[ \t]+)?\p{Lu}[\p{L}'’&-]*){0,2})(?=[ \t]*(?:[,.;)\n]|$)|[ \t]+(?:when|where|and|parking|lot|bathroom|restroom|at|around|after|before)\b)/dgu;
// A company by its legal form ("Great Lakes Castings, Inc.", "Apex Logistics LLC", "Hightower & Aulner, P.C."): no word but a business's ends so.
// (In capitals "INC", "LTD" and "CORP" are also charting words, "MIDLINE INC" an incision: there only after a comma.)
const CORPORATE = /\b((?:\p{Lu}[\p{L}\d'’&.-]*[ \t](?:&[ \t])?){0,3}\p{Lu}[\p{L}\d'’&-]*(?:,[ \t]?(?:Inc|INC|Corp|CORP|Corporation|CORPORATION|Ltd|LTD|LLC|LLP|PLLC|L\.L\.C|P\.C)|[ \t](?:Inc|LLC|L\.L\.C|PLLC|LLP|Corp|Corporation|Ltd|Incorporated))\b\.?)/gdu;
const WHEN_WORDS = new Set('night nights day days evening evenings weekend weekends times noon midnight present moment least most full part all'.split(' '));
// "EMPLOYER CASCO BUILDERS", "Employer: Whitfield Freight", "EMPLOYER'S NAME GULF STAR HOMES", "employer (JBS)", "Company:
// Northland Drywall" (not an insurance company), "Employer: Haack Bros. Elevator", "Employer: Pettis County Road and Bridge
// Department": a labelled employer.
// (A kind of employer may come first, the name in quotes: 'Employer: subcontractor "JR Drywall"'.)
const EMPLOYER_LABEL = /\b(?:(?:EMPLOYER|Employer|employer)(?:['’]S[ \t]+NAME|['’]s[ \t]+name|[ \t]+OF[ \t]+RECORD|[ \t]+of[ \t]+record)?[ \t]*(?::[ \t]*|[ \t]+|\([ \t]*)|(?<![Ii]nsurance[ \t]|INSURANCE[ \t])(?:Company|COMPANY):[ \t]*)(?:(?:\p{Ll}+[ \t]+){1,2}["“](?=\p{Lu}[^"”\n]{0,40}["”]))?((?:\p{Lu}[\p{L}'’&-]+)(?:(?<=\b(?:Bros|Co|Mfg))\.)?(?:[ \t](?:(?:&|and|of)[ \t])?\p{Lu}[\p{L}'’&-]+(?:(?<=\b(?:Bros|Co|Mfg))\.)?){0,4})/gdu;

// A workplace named in brackets after what it is: "WORKS AT A MAQUILADORA (CHAMBERLAIN)", "the packing plant (Tyson)",
// "contractor (Sound Response Services)", "trucking company (Tehachapi Freight Lines)". (Not any "company": "Scooter company
// (Lime)", "Power company (National Grid)", "insurance company (Blue Cross)" name a brand, not where someone is.)
const KIND_PAREN = /\b(?:maquiladora|maquila|plant|factory|mill|warehouse|refinery|cannery|packing[ \t]+house|packinghouse|feedlot|feed[ \t]+yard|dairy|ranch|mine|shipyard|casino|(?:trucking|construction|roofing|cleaning|moving|staffing|landscaping|logging|drilling|oilfield|labor|tree)[ \t]+(?:company|co\.?|service)|contractor|employer|firm)[ \t]*\([ \t]*(\p{Lu}[\p{L}'’&-]+(?:[ \t]+(?:&[ \t]+)?\p{Lu}[\p{L}'’&-]+){0,3})[ \t]*[),]/dgiu;
// A business its owner runs: "PT OWNS VALLEY WINGS AG AVIATION AT THE BRAWLEY AIRPORT", "owns Rio Grande Feed & Seed".
const COUNT_WORDS = /^(?:several|many|some|multiple|lots|two|three|four|five|six|ten|dozens?|hundreds?|own|both|various|numerous)$/;
const OWNS = /\b(?:owns|owned|OWNS|OWNED)[ \t]+(\p{Lu}[\p{L}'’&-]*(?:[ \t]+(?:&[ \t]+)?\p{Lu}[\p{L}'’&-]*){0,3})/dgu;

/** A word that may stand in a business's name: no clinical term or abbreviation, and no function word. */
function plainWord(w: string): boolean {
  return !isMedicalTerm(w) && !(vocabulary().flags(w) & (F.CLINICAL | F.ABBREV)) && !FUNCTION_WORDS.has(w);
}

/** A plain word that names no kind of place ("store", "plant") and no arm of government ("army", "county"). */
function placeNameWord(w: string): boolean {
  return plainWord(w) && !KIND_WORDS.has(w) && !INSTITUTIONS.has(w);
}

/** A name that places someone: a chain, or words no clinical list holds with one no English list holds. */
function businessName(name: string): boolean {
  const words = name.toLowerCase().split(/[ \t]+/);
  if (CHAINS.has(name.toLowerCase())) return true;
  if (words.some((w) => FUNCTION_WORDS.has(w) || KIND_WORDS.has(w))) return false;
  // Otherwise a capitalised name (in lower-case notes only a chain is told from a word), no acronym of five letters or
  // fewer ("the VFW", "the CSICU", "the BMV"), and no word of clinical or everyday English.
  const raw = name.split(/[ \t]+/);
  if (!raw.every((w) => /^\p{Lu}/u.test(w)) || (raw.length === 1 && /^[\p{Lu}\d&-]{1,5}$/u.test(name))) return false;
  const v = vocabulary();
  return words.every(plainWord) && words.some((w) => !(v.flags(w.replace(/['’]s$/, '')) & (F.COMMON | F.ENGLISH)));
}

/**
 * Find businesses named with "the" where a note places someone.
 *
 * @example
 * recognizeWorkplaces('found down behind the Circle K on Broadway').length; // 1
 */
export function recognizeWorkplaces(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(EMPLOYER, text)) {
    const name = m[1];
    // After a verb of working a rarer English word names the employer too ("at Micron", "at Whirlpool", "at Fidelity").
    const v = vocabulary();
    // ("retired from Youngstown Sheet and Tube": "and" joins the name's words.)
    const words = name.toLowerCase().split(/[ \t]+/).filter((w) => w !== 'and' && w !== '&');
    const acronym = /^\p{Lu}{3,5}$/u.test(name) && !(v.flags(words[0]) & (F.ABBREV | F.CLINICAL | F.COMMON | F.ENGLISH | F.UPPER));
    const employer = words.every((w) => plainWord(w) && !KIND_WORDS.has(w)) && words.some((w) => !(v.flags(w.replace(/['’]s$/, '')) & F.COMMON));
    // A capitalised name mid-sentence after a verb of working is the employer though its words are everyday ones ("hauls
    // for Swift", "works for Ford", "driver for Covenant"); not an arm of government, which places no one.
    // (After its first word a name may hold a word of what it is: "aide for Caring Hands Home Care".)
    const titled = /^\p{Lu}\p{Ll}/u.test(name) && !capsLine(text, m.index ?? 0) && placeNameWord(words[0]) && words.slice(1).every((w) => plainWord(w) && !INSTITUTIONS.has(w));
    // ("works for Dr Whitcomb": a person with a title is the employer, and the names recognizers read him.)
    if (/^(?:dr|drs|doctor|mr|mrs|ms|miss|prof|rev)$/.test(words[0])) continue;
    // Initials with periods or joined by "&" after a verb of working are a firm's ("worked at J.I. Case", "brakeman for
    // the B&O"); not the nation's or the VA ("retired from U.S. Army", "works at the V.A.").
    const initials = /^(?:(?:\p{Lu}\.){2,}|\p{Lu}{1,3}&\p{Lu}{1,3}$)/u.test(name) && !/^(?:U\.S\.|V\.A\.)/.test(name);
    if (!initials && /^\p{Lu}\./u.test(name)) continue;
    // A line mostly in capitals with the verb in lower case ("HUSBAND works at GREEN RIVER FEED, DTR AT BEDSIDE"): the
    // name is read up to where it stands or what it is, though its words are everyday ones; not "works at NIGHT". (A
    // line wholly in capitals is EMPLOYER_CAPS's.)
    const capsName = capsLine(text, m.index ?? 0) && CAPS_NAME_END.test(text.slice(m.indices![1][1], m.indices![1][1] + 16)) && words.every((w) => placeNameWord(w) && !WHEN_WORDS.has(w));
    // A maker or an insurer no person is named after is an employer after a verb of working ("works at Aetna call center",
    // "retired from Pfizer"); not a public plan ("works for Medicare" is no workplace a note would place).
    const brand = words.length === 1 && /^\p{Lu}/u.test(name) && isOrganization(words[0]) && !PUBLIC_PLAN.test(words[0]) && !NOT_EMPLOYER_ORGS.has(words[0]) && /^(?:works?|worked|working|employed|retired|laid)\b/.test(m[0]);
    if (!initials && !acronym && !employer && !titled && !capsName && !brand && !businessName(name)) continue;
    const [s, e] = m.indices![1];
    out.push({ category: 'LOCATION', score: 0.6, start: s, end: e, kind: 'business' });
  }
  if (has(VENUE_KIND, text)) {
    for (const m of matchesOf(VENUE, text)) {
      // (A ranch's brand letter is a word of its name: "Circle H Dairy".)
      const kindWords = VENUE_KIND_END.exec(m[1])![0].split(/[ \t]+/).length;
      const all = m[1].toLowerCase().split(/[ \t]+/);
      const words = all.slice(0, -kindWords).filter((w) => w.length > 1);
      // A trade's name needs a word no English list holds, or a brand letter ("Heavy Welding" is work, not a firm).
      const trade = !VENUE_PLACE.test(all.slice(-kindWords).join(' '));
      const rare = (f: number) => !(f & (F.COMMON | F.ENGLISH)) || ((f & (F.FIRST | F.LAST | F.PLACE)) !== 0 && !(f & F.COMMON));
      // (A brand letter stands beside another word of the name: "A mine" is an article.)
      if (trade && !all.slice(0, -kindWords).some((w) => (w.length === 1 && all.length - kindWords > 1) || rare(vocabulary().flags(w)))) continue;
      // (In a line of capitals every word is capitalised: only a mixed-case note shows a venue's name.)
      if (capsLine(text, m.index ?? 0) || words.some((w) => NOT_VENUE_WORD.has(w) || clinicalTerm(w))) continue;
      const [s, e] = m.indices![1];
      out.push({ category: 'LOCATION', score: 0.6, start: s, end: e, kind: 'business' });
    }
  }
  if (has(/['’][ \t]+on[ \t]+\p{Lu}|['’]s[ \t]+on[ \t]+\p{Lu}/u, text)) for (const m of matchesOf(SHOP_ON_STREET, text)) {
    const street = m[2].split(/[ \t]+/);
    if (street.some((w) => WHEN_NAMES.test(w) || clinicalTerm(w))) continue;
    out.push({ category: 'LOCATION', score: 0.65, start: m.indices![1][0], end: m.indices![1][1], kind: 'business' });
  }
  for (const m of matchesOf(BAR_NAMED, text)) {
    const words = m[1].toLowerCase().split(/[ \t]+/).slice(0, -1);
    if (words.some((w) => BAR_FITTINGS.has(w) || FUNCTION_WORDS.has(w) || clinicalTerm(w))) continue;
    out.push({ category: 'LOCATION', score: 0.6, start: m.indices![1][0], end: m.indices![1][1], kind: 'business' });
  }
  if (has(/drink|drank|beer|shots|bartend|bouncer|etoh/i, text)) for (const m of matchesOf(DRINK_AT, text)) {
    // No word of the hospital, a holiday or a kind of place ("at the ER", "at the Holidays", "at the VA").
    const words = m[1].toLowerCase().split(/[ \t]+/).filter((w) => w !== '&');
    if (words.some((w) => !plainWord(w) || KIND_WORDS.has(w) || INSTITUTIONS.has(w) || WHEN_WORDS.has(w) || /^(?:holidays?|christmas|thanksgiving|party|game|wedding|funeral|reunion|weekend|lake|beach|cabin|camp|races?|fair|lodge|club|hall|legion|post|house|bar|tavern|pub|track|casino|park)$/.test(w))) continue;
    const [s, e] = m.indices![1];
    out.push({ category: 'LOCATION', score: 0.6, start: s, end: e, kind: 'business' });
  }
  // A fire station or company by its number, where the sentence is about firefighting: "retired Kansas City firefighter
  // (Station 14)", "Retired FDNY firefighter (Ladder 79 in Great Kills)".
  if (has(/fire/i, text)) for (const m of matchesOf(FIRE_STATION, text)) {
    const near = text.slice(Math.max(0, (m.index ?? 0) - 60), (m.index ?? 0) + 40);
    if (!/\b(?:fire(?:fighter|man|men)|retired|works|worked|assigned|stationed|captain|lieutenant)\b/i.test(near)) continue;
    const start = m.index ?? 0;
    out.push({ category: 'LOCATION', score: 0.6, start, end: start + m[0].length, kind: 'business' });
  }
  if (has(/[A-Z]{2}|1199|Teamsters/, text)) for (const m of matchesOf(UNION, text)) {
    const start = m.index ?? 0;
    if (!UNION_TALK.test(text.slice(Math.max(0, start - 60), start + m[0].length + 40))) continue;
    out.push({ category: 'LOCATION', score: 0.6, start, end: start + m[0].length, kind: 'business' });
  }
  for (const m of matchesOf(DISTINCT_CHAINS, text)) {
    // Capitalised or in capitals as a name is written ("Walmart", "WALMART"); a lower-case note's "walmart" too, since no
    // word of English is spelt so.
    const start = m.index ?? 0;
    out.push({ category: 'LOCATION', score: 0.6, start, end: start + m[0].length, kind: 'business' });
  }
  if (has(/[A-Z]{3}|Transit|TRANSIT|TriMet|CapMetro/, text)) for (const m of matchesOf(TRANSIT, text)) {
    const start = m.index ?? 0;
    if (!TRANSIT_WORK.test(text.slice(Math.max(0, start - 32), start + m[0].length + 32))) continue;
    out.push({ category: 'LOCATION', score: 0.6, start, end: start + m[0].length, kind: 'business' });
  }
  if (has(OWNED_KIND_AFTER_S, text)) for (const m of matchesOf(OWNER_TRADE, text)) {
    // The owner a name-list word or one no English list holds; not a relative, a role or the patient ("dad's garage", "pt's bar").
    const owner = m[1].toLowerCase().replace(/['’]s$/, '');
    const f = vocabulary().flags(owner);
    if (owner.split('-').some((p) => NAME_BEFORE.has(p)) || FUNCTION_WORDS.has(owner) || f & (F.CLINICAL | F.ABBREV) || !(f & (F.FIRST | F.LAST) || !(f & (F.COMMON | F.ENGLISH)))) continue;
    const start = m.index ?? 0;
    out.push({ category: 'LOCATION', score: 0.6, start, end: start + m[0].length, kind: 'business' });
  }
  if (has(/\d/, text)) for (const m of matchesOf(POST_OR_LOCAL, text)) {
    // ("SANDUSKY EAGLES AERIE 2137": a lodge's town written before it in the same case is part of its name.)
    const town = /^(?:Elks|Moose|Eagles|ELKS|MOOSE|EAGLES)\b/.test(m[0]) ? /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+)[ \t]+$/u.exec(text.slice(Math.max(0, (m.index ?? 0) - 24), m.index ?? 0)) : null;
    const sameCase = town !== null && (town[1] === town[1].toUpperCase()) === (m[0] === m[0].toUpperCase()) && !FUNCTION_WORDS.has(town[1].toLowerCase()) && !/^(?:member|of|the)$/i.test(town[1]);
    const start = (m.index ?? 0) - (sameCase ? town![0].length : 0);
    out.push({ category: 'LOCATION', score: 0.65, start, end: (m.index ?? 0) + m[0].length, kind: 'business' });
  }
  for (const m of matchesOf(CHAIN_THE, text)) {
    if (!CHAINS.has(m[1].toLowerCase()) || capsLine(text, m.index ?? 0)) continue;
    const [s, e] = m.indices![1];
    out.push({ category: 'LOCATION', score: 0.6, start: s, end: e, kind: 'business' });
  }
  if (has(/(?:No\.|NO\.)[ \t]*\d|#[ \t]*\d{1,2}[ \t]+(?:mine|MINE|Mine)\b/, text)) for (const m of matchesOf(NUMBERED_MINE, text)) {
    const at = m.index ?? 0;
    const sentences = text.slice(Math.max(0, at - 80), at + m[0].length + 40).split(/[.;\n](?=[ \t]|$)(?<!\b(?:No|NO)\.)/);
    if (!sentences.some((x) => x.includes(m[1].split(/[ \t]/)[0]) && MINE_TALK.test(x))) continue;
    let s = m.indices![1][0];
    const e = m.indices![1][1];
    const words = m[1].split(/([ \t]+)/);
    for (let k = 0; k < words.length && (NOT_A_MINE_WORD.test(words[k]) || /^[ \t]+$/.test(words[k])); k++) s += words[k].length;
    const name = text.slice(s, e).replace(/[ \t]*(?:No\.|NO\.|#)[ \t]*\d{1,2}$/, '');
    if (!name || name.split(/[ \t]+/).some((w) => NOT_A_MINE_WORD.test(w) || !plainWord(w.toLowerCase()))) continue;
    out.push({ category: 'LOCATION', score: 0.6, start: s, end: e, kind: 'business' });
  }
  for (const m of matchesOf(FRATERNAL, text)) {
    const start = m.index ?? 0;
    out.push({ category: 'LOCATION', score: 0.6, start, end: start + m[0].length, kind: 'business' });
  }
  for (const m of matchesOf(VETERANS_HALL, text)) {
    const start = m.index ?? 0;
    out.push({ category: 'LOCATION', score: 0.6, start, end: start + m[0].length, kind: 'business' });
  }
  for (const m of matchesOf(TOWN_CHAIN, text)) {
    const [s, e] = m.indices![1];
    out.push({ category: 'LOCATION', score: 0.6, start: s, end: e, kind: 'business' });
  }
  for (const m of matchesOf(PHARMACY_IN_TOWN, text)) {
    const [s, e] = m.indices![1];
    out.push({ category: 'LOCATION', score: 0.6, start: s, end: e, kind: 'business' });
  }
  for (const m of matchesOf(CHAIN_ON_STREET, text)) {
    const [s, e] = m.indices![1];
    out.push({ category: 'LOCATION', score: 0.6, start: s, end: e, kind: 'business' });
  }
  for (const m of matchesOf(EMPLOYER_LOWER, text)) {
    const v = vocabulary();
    const words = m[1].split(/[ \t]+/);
    // Each word a name-list or gazetteer word and no word of English, clinical or otherwise; a second word only if so too.
    // (A word also written as an acronym, "usps", "va", counts only as a name of four letters or more: "irving".)
    const nameWord = (w: string) => {
      const f = v.flags(w.replace(/['’]s$/, ''));
      return plainWord(w) && !KIND_WORDS.has(w) && !INSTITUTIONS.has(w) && !WHEN_WORDS.has(w) && !(f & (F.COMMON | F.ENGLISH)) && (!(f & F.UPPER) || (w.length >= 4 && (f & (F.FIRST | F.LAST | F.PLACE)) !== 0));
    };
    if (!nameWord(words[0])) continue;
    const [s] = m.indices![1];
    const e = words.length === 2 && nameWord(words[1]) ? m.indices![1][1] : s + words[0].length;
    out.push({ category: 'LOCATION', score: 0.6, start: s, end: e, kind: 'business' });
  }
  for (const m of matchesOf(EMPLOYER_CAPS, text)) {
    const words = m[2].toLowerCase().split(/[ \t]+/).filter((w) => w !== '&');
    // ("WORKS AT NIGHT", "WORKS FROM HOME": when, not where.)
    if (!capsLine(text, m.index ?? 0) || words.some((w) => !placeNameWord(w) || WHEN_WORDS.has(w))) continue;
    // After "THE" a word of English is what the place is ("RETIRED FROM THE TANNERY", "AT THE CASINO"); a firm's
    // initials are its name ("BRAKEMAN FOR THE B&O").
    if (m[1] && !/&/.test(m[2]) && words.every((w) => vocabulary().flags(w) & (F.COMMON | F.ENGLISH))) continue;
    const [s, e] = m.indices![2];
    out.push({ category: 'LOCATION', score: 0.6, start: s, end: e, kind: 'business' });
  }
  for (const m of matchesOf(EMPLOYER_LABEL, text)) {
    const words = m[1].toLowerCase().replace(/\.$/, '').split(/[ \t]+/).filter((w) => w !== 'and' && w !== 'of' && w !== '&');
    // (A county's or a town's department is an employer when its name says which: three words or more.)
    if (words.some((w) => !plainWord(w.replace(/\.$/, '')) || (INSTITUTIONS.has(w) && words.length < 3) || /^(?:unknown|none|unemployed|retired|disabled|n\/a|na|contact|phone|name|info|notified|aware|called)$/.test(w))) continue;
    const [s, e] = m.indices![1];
    out.push({ category: 'LOCATION', score: 0.6, start: s, end: e, kind: 'business' });
  }
  if (has(/(?:maquiladora|maquila|plant|factory|mill|warehouse|refinery|cannery|house|feedlot|yard|dairy|ranch|mine|casino|company|co\.?|service|contractor|employer|firm)[ \t]*\(/i, text)) for (const m of matchesOf(KIND_PAREN, text)) {
    // (The scan ignores case for the kind; the name must be written as one: "Casting Plant (die cast)" is the work.)
    const words = m[1].toLowerCase().split(/[ \t]+/).filter((w) => w !== '&');
    if (!m[1].split(/[ \t]+/).every((w) => /^[\p{Lu}&]/u.test(w)) || words.some((w) => !plainWord(w) || INSTITUTIONS.has(w) || KIND_WORDS.has(w))) continue;
    // ("a civilian contractor (HVAC)": after a contractor one short word in capitals is the trade.)
    if (/^\p{Lu}{2,5}$/u.test(m[1]) && /(?:contractor|employer|firm)[ \t]*\($/i.test(m[0].slice(0, m.indices![1][0] - m.index!).trimEnd())) continue;
    const [s, e] = m.indices![1];
    out.push({ category: 'LOCATION', score: 0.6, start: s, end: e, kind: 'business' });
  }
  if (has(/owned|owns/i, text)) for (const m of matchesOf(OWNS, text)) {
    // A name up to where it is or the clause's end in capitals ("... AT THE BRAWLEY AIRPORT"), or capitalised words in a
    // mixed-case line; its first word no everyday one of owning ("OWNS A HOME", "owns Two Dogs" aside: no name).
    const caps = capsLine(text, m.index ?? 0);
    let name = m[1];
    if (caps) {
      const cut = /[ \t]+(?:ON|IN|AT|OFF|NEAR|AND|WITH|SINCE|FOR|BUT|SO|X|W\/)(?:[ \t]|$)/.exec(name);
      if (cut) name = name.slice(0, cut.index);
      if (!CAPS_NAME_END.test(text.slice(m.indices![1][0] + name.length, m.indices![1][0] + name.length + 16))) continue;
    } else if (/^\p{Lu}[\p{L}'’-]*$/u.test(name) && !/\p{Ll}/u.test(name)) continue;
    const words = name.toLowerCase().split(/[ \t]+/).filter((w) => w !== '&');
    // One word names a business only if no English list holds it ("OWNS GUNS"); no count opens it ("OWNS SEVERAL HORSES").
    const rare = (w: string) => !(vocabulary().flags(w) & (F.COMMON | F.ENGLISH));
    if (!placeNameWord(words[0]) || WHEN_WORDS.has(words[0]) || COUNT_WORDS.test(words[0]) || (words.length === 1 && !rare(words[0]))) continue;
    if (words.some((w) => FUNCTION_WORDS.has(w) || KIND_WORDS.has(w) || INSTITUTIONS.has(w) || /\d/.test(w))) continue;
    const s = m.indices![1][0];
    out.push({ category: 'LOCATION', score: 0.6, start: s, end: s + name.length, kind: 'business' });
  }
  if (has(/Inc|INC|LLC|L\.L\.C|LLP|Corp|CORP|Ltd|LTD|P\.C\./, text)) for (const m of matchesOf(CORPORATE, text)) {
    let [s, e] = m.indices![1];
    // ("Pt works for Apex LLC": a sentence's first word or a title before the name is no part of it.)
    const lead = /^(?:(?:The|THE|Pt|PT|Patient|Works|Employer|Attn)[ \t]+)+/.exec(m[1]);
    if (lead) s += lead[0].length;
    if (e > s) out.push({ category: 'LOCATION', score: 0.6, start: s, end: e, kind: 'business' });
  }
  for (const m of matchesOf(WORKPLACE, text)) {
    const name = m[1];
    // Capitals or lower case throughout, or capitalised words: no sentence runs into the name.
    // ("the Whirlpool plant", "the Baxter plant", "the Shell station": before what it is, a capitalised everyday word too.)
    const kind = KIND_AFTER.exec(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 24));
    const what = kind !== null;
    // (One to three title-case words: "the Nitro chemical plant", "the Golden Lotus restaurant", "the Rifle clinic".)
    // (Two title-case words may hold a describing one: "the Big River truck stop".)
    const nameWords = name.toLowerCase().split(/[ \t]+/);
    const titled = what && /^\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*){0,2}$/u.test(name) && !capsLine(text, m.index ?? 0) && (nameWords.length > 1 ? nameWords.every((w) => plainWord(w) && !INSTITUTIONS.has(w)) && nameWords.some(placeNameWord) : nameWords.every(placeNameWord));
    if (!businessName(name) && !titled) continue;
    // Before a kind of works the whole phrase goes, article and kind ("the Saginaw Gray Iron plant", "the Collinwood yard"):
    // notes and their readers name the place by all of it. (A shop, a clinic or a hotel keeps its name alone.)
    const [s, e] = m.indices![1];
    const the = text.lastIndexOf('the', s - 1);
    const works = kind !== null && INDUSTRIAL.test(kind[0].trim());
    out.push({ category: 'LOCATION', score: 0.6, start: works && the >= s - 5 ? the : s, end: works ? e + kind![0].length : e, kind: 'business' });
  }
  return out;
}
