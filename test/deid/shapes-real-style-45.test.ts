/**
 * Shapes from stop 57's development work on notes at the PHI density of ordinary charting: clinic visits, home health and
 * hospice, psychiatry and addiction medicine, discharge and operative reports, NICU and labour-and-delivery notes,
 * paediatric and obstetric clinics. A clinic named for what it treats, a surgeon's name on an instrument or a law, a scale
 * and its score, a hospital's alert by colour, gravidity and weeks of a pregnancy, visits of skilled nursing, a limit of
 * normal, a preposition or a verb where a name would stand, the kind of anesthesia, a role in a clinician's field,
 * letters the note uses as its abbreviation. And what stays found: relatives and colleagues named by everyday words,
 * initials after "by", a name in a law's field. Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

kept('a clinic named for what it treats, and ordinary clinical words', [
  ['LIPID CLINIC\n\nReferral reason: LDL 231 on statin.', ['LIPID CLINIC']],
  ['Pituitary Clinic - macroadenoma follow-up\n\n44 y/o F, visual fields stable.', ['Pituitary Clinic']],
  ['THE VERTEBRAL BODY HEIGHTS ARE MAINTAINED. AIR-FLUID LEVELS AT DIFFERENT HEIGHTS.', ['VERTEBRAL BODY HEIGHTS', 'DIFFERENT HEIGHTS']],
]);

kept("a surgeon's or maker's name on an instrument, a stitch or a law, and a scale before its score", [
  ['A Balfour retractor was placed. The cuff was closed with Heaney stitches.', ['Balfour', 'Heaney']],
  ['Placed in dorsal lithotomy in Allen stirrups; Pratt dilators to 21 French.', ['Allen', 'Pratt']],
  ['Dispo: remains under the Baker Act pending a bed.', ['Baker']],
  ['Croup: Westley 3 before racemic epi, Westley 1 after.', ['Westley']],
  ['Akathisia mild (Barnes 1); continue propranolol.', ['Barnes']],
]);

kept("a hospital's alert by its colour, gravidity and weeks of a pregnancy, and visits of skilled nursing", [
  ['1420 Charge RN called Code Green for escalating pt in dayroom.', ['Code Green']],
  ['S: G3P2002 at 31w2d. Good fetal movement. Delivery planned 39w0d-39w6d.', ['G3P2002', '31w2d', '39w0d-39w6d']],
  ['Plan: recert SN 1w9 for CHF monitoring; SN 2x/wk for wound care.', ['1w9', '2x/wk']],
  ['Free testosterone 81 pg/mL (ULN 50); LH suppressed.', ['ULN 50']],
]);

kept('a preposition or a verb where a name would stand, and the kind of anesthesia', [
  ['Event entered in incident reporting system by charge RN.', ['in']],
  ['Naloxone kit in hand; boyfriend shown how to use it.', ['shown']],
  ['Behavioral health sitter while boarding in ED.', ['while']],
  ['Health care proxy on file (daughter). Code status reviewed.', ['file']],
  ['FHx: father "bad knees." Mother with hypothyroidism.', ['bad knees.']],
  ['She will miss class on Thursday for the infusion.', ['class']],
  ['Pronouns he/him; legal name change in progress.', ['change']],
  ['Church member; pastor aware of admission and will visit.', ['pastor']],
  ['Anesthesia: General LMA\nOperator: Resident physician, attending present.', ['General LMA', 'Resident physician']],
  ['PN Note -- Nutrition Support\nTolerating PN. Needs met by PN. Continue PN, cycle overnight.', ['PN']],
]);

family('relatives and colleagues named by everyday words stay found', [
  ['sister comfort at bedside, son wing calls every evening.', ['comfort', 'wing']],
  ['next ortho f/u with np pike in two weeks.', ['pike']],
  ['Recorded by KA. Checked by MQ.', ['KA', 'MQ']],
  ['Anesthesia: Karen Olsen, CRNA', ['Karen Olsen']],
]);
