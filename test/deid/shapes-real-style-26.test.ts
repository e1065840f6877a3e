/**
 * Shape families from the twenty-eighth round. Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('places: a bank or credit union, capitalised anywhere or in any case after a word of banking', [
  ['disability check goes to acct at millinocket area fcu, son has poa', ['millinocket area fcu']],
  ['SS deposited at farmers bank in greeneville, SW called branch', ['farmers bank']],
  ["pt's bank harbor federal has been patient re: payments", ['harbor federal']],
  ["DAUGHTER'S BANK (CITIZENS NATIONAL BANK OF PIKEVILLE) CALLED RE POA", ['CITIZENS NATIONAL BANK OF PIKEVILLE']],
  ['Wife says the loan is with Bank of Corydon, payment due 1st', ['Bank of Corydon']],
  ['Pt worried about mortgage at Oxford Savings, wife to call', ['Oxford Savings']],
]);

kept('not banks: what a bank holds, and a public program', [
  ['2 units PRBC ordered from blood bank, food bank referral given', ['blood bank', 'food bank']],
  ['applied for the Medicare Savings Program to cover Part B', ['Medicare Savings Program']],
]);

family('places: a power company after a word of calling, a home medical supplier after a word of supplying', [
  ['SW CALLED APPALACHIAN POWER RE: MEDICAL PRIORITY FOR HOME O2', ['APPALACHIAN POWER']],
  ['daughter contacted Northern Plains Electric Cooperative about the bill', ['Northern Plains Electric Cooperative']],
  ['home o2 set up thru allagash valley medical supply, 2L NC', ['allagash valley medical supply']],
  ['CPAP FROM RIVERBEND RESPIRATORY SERVICES, PT USES NIGHTLY', ['RIVERBEND RESPIRATORY SERVICES']],
]);

family('places: a regional or county jail by its name, and stores named by their chain', [
  ['FOB currently incarcerated (Tygart Valley Regional Jail)', ['Tygart Valley Regional Jail']],
  ['SISTER WORKS AT THE FOOD CITY IN PIKEVILLE', ['FOOD CITY']],
  ['found sleeping in his truck in the super one lot, temp -20', ['super one']],
]);

family('places: a community or technical college by its town in any case, a cathedral named after its dedication', [
  ['son attends ashland community & technical college (nursing)', ['ashland community & technical college']],
  ['WIFE WORKS AT NORTHEAST COMMUNITY COLLEGE IN NORFOLK', ['NORTHEAST COMMUNITY COLLEGE']],
  ['Pt is a parishioner at Cathedral of the Sacred Heart, sees Fr. daily', ['Cathedral of the Sacred Heart']],
]);

kept('not colleges: a community college named by no town', [['she takes classes at the local community college', ['local community college']]]);

family('places and vehicles: a pharmacy chain with its town, a route at a scene or a crash, a plate after "PLT"', [
  ['rx faxed to rite aid in van buren, pt aware', ['rite aid']],
  ["Pt's pharmacy: Walgreens in Presque Isle", ['Walgreens']],
  ['Scene: NM-14 at MM 22, rollover', ['NM-14']],
  ['rollover crash Route 11 N/B near the rest area', ['Route 11']],
  ['DRIVER OF GRAY DODGE, OH PLT HKR 2210, AIRBAG DEPLOYED', ['HKR 2210']],
]);

kept('not plates: a platelet count in a lab line', [['WBC 8.1 HGB 10 PLT 250 NA 140 K 4.1', ['250']]]);

family('places: a logging, timber or outfitting firm after a word of working, a bar by its name after a word of leaving or meeting', [
  ['EMPLOYER IS THIBODEAU BROS LOGGING, CLAIM FILED', ['THIBODEAU BROS LOGGING']],
  ['WIFE WORKS AT THE ROCKWOOD TRADING POST, DRIVES 2 HRS', ['ROCKWOOD TRADING POST']],
  ['WITNESS STATES PT LEFT RED ROOSTER LOUNGE APPROX 0130', ['RED ROOSTER LOUNGE']],
  ['pt met friends, after meeting at Stillwater bar felt dizzy', ['Stillwater bar']],
]);

kept('not bars: a grab bar on the left', [['PT HELD LEFT GRAB BAR, LOST GRIP, SLID TO FLOOR', ['GRAB BAR']]]);

family("identifiers: a run number after 'RUN:', a crew member's number after the credential", [
  ['*** COUNTY EMS ***\nDATE: 03-02-94   RUN: 0342   MEDIC 4', ['0342']],
  ['Crew: T. Boyle EMT-P #4418 / K. Marsh EMT-B #5520', ['4418', '5520']],
]);

kept('not run numbers: a time after "run:"', [['tube feed run: 1430 pm, tolerated', ['1430']]]);

family('places: one capitalised word after "at the" before what the place is, a pike read as a road', [
  ['retired after 28 years at the Tempest chemical plant, wife at bedside', ['Tempest']],
  ['Hydrocarbon burn at the Valero refinery this am, transferred', ['Valero']],
  ['Croupier at the Stardust casino, nights', ['Stardust']],
  ['LOC: Mass Pike WB near exit 10, single vehicle', ['Mass Pike']],
]);

kept('not places: a clinic by its kind, a national order\'s hall, a surname Pike', [
  ['seen at the Coumadin clinic and the Legion hall', ['Coumadin', 'Legion']],
  ['CONTACT: NIECE DESTINY PIKE 603-555-0119', ['NIECE']],
]);

family("names: a registration form's name fields when the line holds two of them", [
  ['Patient Last: OKAFOR  First: Chidi  MI: N  DOB: 02/11/1979', ['OKAFOR', 'N']],
  ['Last Name: BRANDT First Name: KLAUS Middle Initial: W', ['BRANDT', 'W']],
]);

family('places: a workplace in brackets after a worker or a place of work, capitalised', [
  ['72 y/o M, retired machinist (K-25, 30 yrs), CHF', ['K-25']],
  ['PT WORKED 35 YRS AT THE PACKING PLANT (ARMOUR), LIVES ALONE', ['ARMOUR']],
  ['works at her uncle\'s body shop (Kessler Auto & Glass) on Rte 9', ['Kessler Auto & Glass']],
]);

kept('not workplaces: what the work is or when, in brackets', [
  ['retired steelworker (open hearth), worker (nights), machinist (retired)', ['open hearth', 'nights', 'retired']],
]);

family("dates: a month-day with a dash after the note's kind on its heading, Flag Day", [
  ['MICU  nsg  5-27  7p-7a\nPt 61 yo M, resting', ['5-27']],
  ["Step-down nurse's notes  10-21\nPt 44 yo F", ['10-21']],
  ['NURSING NOTE 6/14 (Flag Day, his birthday)', ['Flag Day']],
]);

kept("not dates: a shift's hours after the note's kind", [['CCU  nsg  7-3\npt slept', ['7-3']], ['NEURO ICU  nsg  6-2\nPt 27 yo', ['6-2']]]);

family("places: works named by a drug's or a device's name before what they are", [['burns from flash fire at Motrin refinery unit 4', ['Motrin']]]);

family('dates: a month and day before the half of the day', [['crop duster, sprayed cotton 7/9 AM, then dyspneic', ['7/9']]]);

kept('not dates: a score out of ten before the half of the day', [['c/o anxiety 6/10 pm, ativan given', ['6/10']]]);
