// @vitest-environment node
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFlowFiles } from '../../scripts/checks/checkFlows';
import { flowFiles } from '../../scripts/flows/flowFiles';
import { formatProblem } from '../../src/engine';

const root = path.resolve(import.meta.dirname, '../..');
const broken = (name: string) => path.join(root, 'tests/broken-flows', `${name}.ts`);

/** What `npm run flows:check` prints for these files, one line per problem. */
async function diagnose(...files: string[]): Promise<string[]> {
  const { problems } = await checkFlowFiles(root, files);
  return problems.map(formatProblem);
}

describe('flows:check on the real flows', () => {
  it('finds no error in flows/ (warnings are allowed, as on the command line)', async () => {
    const { flows, problems } = await checkFlowFiles(root, flowFiles(root));
    expect(problems.filter((problem) => problem.severity !== 'warning').map(formatProblem)).toEqual(
      [],
    );
    expect(flows.length).toBe(flowFiles(root).length);
  });
});

describe('flows:check on the broken-flow corpus, one error class per file', () => {
  const file = (name: string) => `tests/broken-flows/${name}.ts`;

  it('reports a contract violation with the path of the bad field', async () => {
    expect(await diagnose(broken('contract-violation'))).toEqual([
      `${file('contract-violation')}: state "ask": meta.prompt : un texte attendu. Voir les types d'étapes dans docs/guide-auteur.md.`,
      `${file('contract-violation')}: state "ask": meta : propriété inconnue : helpp (faute de frappe ?). Voir les types d'étapes dans docs/guide-auteur.md.`,
    ]);
  });

  it('reports a transition to a state that does not exist, in the state that has it', async () => {
    expect(await diagnose(broken('missing-target'))).toEqual([
      `${file('missing-target')}: state "ask": la cible « doen » n'existe pas. Corrigez le nom dans target, ou ajoutez un état « doen ».`,
    ]);
  });

  it('reports an unreachable state', async () => {
    expect(await diagnose(broken('unreachable-state'))).toEqual([
      `${file('unreachable-state')}: state "orphan": aucune réponse ne mène à cette étape depuis le début. Reliez-la avec une target, ou supprimez-la.`,
    ]);
  });

  it('reports a cycle with no exit, naming the loop', async () => {
    expect(await diagnose(broken('endless-loop'))).toEqual([
      `${file('endless-loop')}: state "checkCable": boucle sans issue (checkCable → checkSocket → checkCable) : aucune fin n'est atteignable. Ajoutez une réponse qui sort de la boucle vers une résolution ou un ticket.`,
    ]);
  });

  it('reports a non-final step with no way out', async () => {
    expect(await diagnose(broken('dead-end'))).toEqual([
      `${file('dead-end')}: state "stuck": aucune réponse ne mène plus loin. Ajoutez au moins une transition dans on.`,
    ]);
  });

  it('reports an answer without a label, and a label without a transition', async () => {
    expect(await diagnose(broken('unlabelled-answer'))).toEqual([
      `${file('unlabelled-answer')}: state "ask": NO: meta : manquant (un objet attendu). Chaque réponse a un libellé : meta: { label: '…' }.`,
    ]);
    expect(await diagnose(broken('label-without-target'))).toEqual([
      `${file('label-without-target')}: state "ask": NO: indiquez la cible : { target: 'nomDeLEtat' }.`,
    ]);
  });

  it('reports a ticket field that no path to the ticket collects', async () => {
    expect(await diagnose(broken('field-never-collected'))).toEqual([
      `${file('field-never-collected')}: state "ticket": aucun chemin vers ce ticket ne collecte « pcName ». Ajoutez ce champ à un formulaire sur le chemin, ou retirez-le de fields.`,
    ]);
  });

  it('reports a required ticket field that some path skips', async () => {
    expect(await diagnose(broken('required-field-skipped'))).toEqual([
      `${file('required-field-skipped')}: state "ticket": le champ obligatoire « pcName » peut manquer : un chemin mène à ce ticket sans passer par le formulaire qui le demande. Demandez-le aussi sur ce chemin, ou, si ce chemin n'en a pas besoin, ajoutez-le à skippable.`,
    ]);
  });

  it('reports a form rule naming a field the form does not have, with the fields it has', async () => {
    expect(await diagnose(broken('unknown-rule-field'))).toEqual([
      `${file('unknown-rule-field')}: state "dates": rules.0 cite « startDat », qui n'est pas un champ de ce formulaire. Corrigez le nom : les champs de ce formulaire sont startDate, endDate.`,
    ]);
  });

  it('says links are not allowed on a question, and which link forms are', async () => {
    expect(await diagnose(broken('links-on-question'))).toEqual([
      `${file('links-on-question')}: state "ask": links n'est pas permis sur une étape question : une question n'offre que ses réponses. Placez les liens sur une étape instructions, resolution ou ticket.`,
      `${file('links-on-question')}: state "open": meta.links.0.href : lien refusé : un href commence par https://, mailto:, #/ (par exemple https://ent.umontpellier.fr). Voir les types d'étapes dans docs/guide-auteur.md.`,
    ]);
  });

  it('keeps a public-form request away from the Centre de Services, and skippable within fields', async () => {
    expect(await diagnose(broken('assistance-form-wording'))).toEqual([
      `${file('assistance-form-wording')}: state "ticket": skippable cite « pcName », absent de fields. Ajoutez « pcName » à fields ou retirez-le de skippable.`,
      `${file('assistance-form-wording')}: state "ticket": target ne s'emploie pas avec channel: 'assistanceForm' : la demande passe par le formulaire public, pas par le Centre de Services. Retirez target.`,
      `${file('assistance-form-wording')}: state "ticket": le texte parle du « Centre de Services », mais avec channel: 'assistanceForm' la personne ne peut pas s'y connecter. Parlez du formulaire de demande d'assistance.`,
    ]);
  });

  it('reports inline functions and unknown guards or actions', async () => {
    expect(await diagnose(broken('inline-function'))).toEqual([
      `${file('inline-function')}: state "ask": YES: garde écrite comme fonction en ligne. Une procédure ne contient pas de code : utilisez un nom parmi fieldEquals, fieldFilled.`,
    ]);
    expect(await diagnose(broken('unknown-action'))).toEqual([
      `${file('unknown-action')}: state "ask": YES: action « sendMail » inconnue. Utilisez un nom parmi saveFields, setField.`,
    ]);
  });

  it('reports an id different from the file name, and a duplicate id', async () => {
    expect(
      await diagnose(path.join(root, 'flows/network-connection.ts'), broken('duplicate-id')),
    ).toEqual([
      `${file('duplicate-id')}: l'id « network-connection » est déjà celui de flows/network-connection.ts. Chaque procédure a son propre id : le nom de son fichier.`,
      `${file('duplicate-id')}: l'id de la machine est « network-connection ». Écrivez id: 'duplicate-id' : l'id est le nom du fichier, en minuscules avec des tirets.`,
    ]);
  });

  it('reports a flow without title or keywords', async () => {
    expect(await diagnose(broken('missing-title'))).toEqual([
      `${file('missing-title')}: meta.title : manquant (un texte attendu). Le meta racine décrit la procédure (kind: 'flow', title, description, category, keywords, symptoms).`,
      `${file('missing-title')}: meta.keywords : il faut au moins 1 élément(s). Le meta racine décrit la procédure (kind: 'flow', title, description, category, keywords, symptoms).`,
    ]);
  });

  it('marks a warning as such, and a warning alone is not an error', async () => {
    const { problems } = await checkFlowFiles(root, [broken('no-default-branch')]);
    expect(problems.map(formatProblem)).toEqual([
      `${file('no-default-branch')}: state "details": [avertissement] toutes les branches de SUBMIT ont une garde : si aucune ne passe, la réponse ne fait rien. Ajoutez une dernière branche sans garde.`,
    ]);
    expect(problems.every((problem) => problem.severity === 'warning')).toBe(true);
  });

  it('reports a guard comparing a choice to an option’s label, or to no option at all', async () => {
    expect(await diagnose(broken('guard-not-an-option'))).toEqual([
      `${file('guard-not-an-option')}: state "details": SUBMIT: la garde compare « device » à « Un ordinateur portable » : c’est le label de l’option « laptop » ; utilisez sa value « laptop ».`,
      `${file('guard-not-an-option')}: state "details": SUBMIT: la garde compare « device » à « tablet », qui n’est la value d’aucune option de ce champ. Utilisez une des values : laptop, desktop.`,
    ]);
  });

  it('reports a guard comparing a setField field to a value no setField writes', async () => {
    expect(await diagnose(broken('guard-value-never-set'))).toEqual([
      `${file('guard-value-never-set')}: state "confirm": YES: la garde compare « profile » à « titulaire », mais aucun setField n’écrit cette valeur dans « profile ». Comparez à une valeur écrite (titular, other) ou corrigez le setField.`,
    ]);
  });

  it('names the duplicate option value and the duplicate field name', async () => {
    expect(await diagnose(broken('duplicate-names'))).toEqual([
      `${file('duplicate-names')}: state "connection": meta.fields.0.options : deux options ont la value « wired » : donnez à chacune sa propre value. Voir les types d'étapes dans docs/guide-auteur.md.`,
      `${file('duplicate-names')}: state "details": meta.fields : deux champs s’appellent « socketNumber » : donnez à chacun son propre name. Voir les types d'étapes dans docs/guide-auteur.md.`,
    ]);
  });

  it('reports a field the generated tests cannot fill, instead of failing them all', async () => {
    expect(await diagnose(broken('no-sample-value'))).toEqual([
      `${file('no-sample-value')}: state "details": aucune valeur d’essai des tests ne convient au champ « inventoryTag ». Ajoutez example: '…' au champ « inventoryTag » : une valeur qu’il accepte, que les tests et l’aperçu saisiront.`,
      `${file('no-sample-value')}: state "details": le champ « postcode » refuse son propre example « 3400 » (« Cinq chiffres. »). Corrigez son example : les tests et l’aperçu le saisissent.`,
    ]);
  });

  it('warns of straight apostrophes in the texts, and says how to write them', async () => {
    const { problems } = await checkFlowFiles(root, [broken('straight-apostrophe')]);
    expect(problems.map(formatProblem)).toEqual([
      `${file('straight-apostrophe')}: [avertissement] apostrophe droite dans « l'imprimante » : remplacez ' par ’ (« l’imprimante »).`,
      `${file('straight-apostrophe')}: state "ask": [avertissement] apostrophe droite dans « L'imprimante », « l'est » : remplacez ' par ’ (« L’imprimante », « l’est »).`,
    ]);
    expect(problems.every((problem) => problem.severity === 'warning')).toBe(true);
  });

  it('reports a guard reading a field nothing provides', async () => {
    expect(await diagnose(broken('unknown-guard-field'))).toEqual([
      `${file('unknown-guard-field')}: state "details": SUBMIT: la garde lit « devise », qu'aucun formulaire ni setField ne fournit. Corrigez le nom du champ.`,
    ]);
  });
});
