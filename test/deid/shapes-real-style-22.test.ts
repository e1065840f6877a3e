/**
 * Shape families from the twenty-fourth round. Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('places: a base by its kind written first after a word of the military, or written out after its name', [
  ['RET ARMY SFC, LAST STATIONED FT BLISS, WIFE AT BEDSIDE', ['FT BLISS']],
  ['husband is Navy, AT2 at NAS Whidbey, deploys in May', ['NAS Whidbey']],
  ['Marine vet, was at Camp Lejeune 1979-1983, asks about water', ['Camp Lejeune']],
  ['58 YOM CIVILIAN MECHANIC AT TOOELE ARMY DEPOT, FELL FROM LIFT', ['TOOELE ARMY DEPOT']],
  ['Wife works civilian at Dugway Proving Ground, 90 min away', ['Dugway Proving Ground']],
]);

kept('not bases: a height in feet, a word after "Camp", the neonatal abstinence score', [
  ['VET. HT 5 FT 9 IN, WT 82 KG', ['5', 'FT', '9']],
  ['army vet, NAS score 4 overnight', ['NAS', 'score']],
]);

family('places: a prison by its kind, and by the system and its town after a word of custody', [
  ['44 YOM CORRECTIONAL OFFICER AT LOVELOCK STATE PRISON, CP AT WORK', ['LOVELOCK STATE PRISON']],
  ['paroled 2 wks ago from SCI Graterford, staying w/ aunt', ['SCI Graterford']],
  ['Pt is inmate at Coyote Ridge Correctional Center, 2 guards at bedside', ['Coyote Ridge Correctional Center']],
]);

kept('not prisons: the letters of a disease and a drug', [
  ['hx CRC s/p colectomy, on Norco prn', ['CRC', 'Norco']],
]);

family('places: an employer in capitals after a verb of working, with "&" in its name', [
  ['PT DRIVES FOR SANDOVAL TIRE & LUBE, NO CDL ISSUES', ['SANDOVAL TIRE & LUBE']],
]);

kept('not employers: a kind of work after "THE" and a verb of working in capitals, a brand in brackets', [
  ['PT IS RETIRED FROM THE TANNERY, LIVES WITH SON', ['TANNERY']],
  ['WANTS TO GO BACK TO WORK AT THE GLASS PLANT SOON', ['GLASS']],
  ['Scooter company (Bird) incident report filed', ['Bird']],
  ['Retired from the Casting Plant (die cast) in 2011', ['die', 'cast']],
]);

family('places: a workplace named in brackets after what it is, and a business its owner runs', [
  ['HUSBAND WORKS AT A MAQUILADORA (DELPHI), SON IN SCHOOL', ['DELPHI']],
  ['SOC: PT OWNS MESA VERDE CROP DUSTING AT THE CORTEZ AIRPORT', ['MESA VERDE CROP DUSTING']],
  ['she owns Rio Abajo Feed & Seed, works 6 days a week', ['Rio Abajo Feed & Seed']],
]);

kept('not businesses: what a person owns that is no firm', [
  ['PT OWNS GUNS, STORED IN SAFE PER WIFE', ['GUNS']],
  ['PT OWNS SEVERAL HORSES, FEEDS THEM DAILY', ['SEVERAL', 'HORSES']],
  ['owns Two dogs, neighbour feeding them', ['Two']],
]);

family('places: a rural business named by its kind, capitalised, with a brand letter or a name', [
  ['pt milks at Double K Dairy outside Dalhart, 4 am shift', ['Double K Dairy']],
  ['son runs Kowalczyk Welding out of the barn', ['Kowalczyk Welding']],
]);

kept('not businesses: the work itself capitalised', [
  ['Occupational hx: Heavy Welding 30 yrs, Dairy farming before', ['Dairy']],
]);

family('places: two places joined by "of", a side of town, a bridge after "the"', [
  ['works housekeeping at Lodge of the Four Seasons, lives in Osage Beach', ['Lodge of the Four Seasons']],
  ['LIVES IN THE NORTHSIDE OF SAN ANGELO WITH DTR', ['NORTHSIDE', 'SAN ANGELO']],
  ['lives on the west side of Tucson near Ajo Way', ['Tucson']],
  ['crosses each morning at the Stanton bridge for work', ['Stanton bridge']],
]);

kept('not a side of town: a side of the body', [
  ['lesion on the west side of the chest wall', ['west', 'chest']],
]);

family('places: a highway of two routes, a street after "under" and other words of where', [
  ['ROLLOVER ON US 62/180 BTWN HOBBS & CARLSBAD', ['US 62/180']],
  ['found sleeping under Tropicana Ave overpass', ['Tropicana Ave']],
  ['ON US 5/20 PREVIA NOTED', []],
  ['walked along Kietzke Ln to the bus stop', ['Kietzke Ln']],
]);

family('dates: saints\' days and Spanish feasts of one day', [
  ['wants to be home for el día de la Virgen, makes tamales', ['día de la Virgen']],
  ['baptism on St Anthony\'s day, grandmother worried', ['St Anthony\'s day']],
  ['procession for the feast of St. Rocco, family all there', ['feast of St. Rocco']],
  ['HOPES TO BE HOME FOR NOCHEBUENA', ['NOCHEBUENA']],
]);

kept("not dates: a hospital named for a saint before its day programme", [
  ["goes to St Luke's day surgery Monday", ['day', 'surgery']],
]);

family('names: a surname after a military rank written without its period', [
  ['CHAPLAIN FROM THE BASE, CAPT OYELARAN, VISITED', ['OYELARAN']],
  ['PFC Tafoya from his unit at bedside', ['Tafoya']],
]);

family('identifiers: a trauma alias in quotes', [
  ['PT ON NO-INFO STATUS, ALIAS LISTED AS "ZEBRA, NINE". MOTHER CALLED', ['ZEBRA, NINE']],
  ['registered under alias "Trauma Quebec" until ID confirmed', ['Trauma Quebec']],
]);
