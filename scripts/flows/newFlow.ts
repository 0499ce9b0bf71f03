import { flowIdSchema } from '../../src/engine/contract/schemas/flowMetaSchema';

/**
 * `npm run flows:new -- <id>`: the id check and the source of a new flow file.
 * Pure functions, so the tests check them directly; scripts/flows/flowsNew.mjs does the file system.
 */

/** An id longer than this makes an unreadable file name and URL. */
export const maxFlowIdLength = 60;

const exampleId = 'imprimante-bloquee';

/** Undefined when `id` can name a new flow, otherwise what to fix, in French, for the author. */
export function checkNewFlowId(id: string, existingIds: readonly string[]): string | undefined {
  if (id.trim() === '') {
    return `Indiquez l'identifiant de la nouvelle procédure, par exemple : npm run flows:new -- ${exampleId}`;
  }
  if (!flowIdSchema.safeParse(id).success) {
    return `L'identifiant « ${id} » n'est pas valide. Il ne peut contenir que des lettres minuscules sans accent, des chiffres et des tirets entre les mots, et commence par une lettre (par exemple : ${exampleId}).`;
  }
  if (id.length > maxFlowIdLength) {
    return `L'identifiant « ${id} » est trop long (${id.length} caractères) : ${maxFlowIdLength} caractères au maximum. Choisissez un nom plus court (par exemple : ${exampleId}).`;
  }
  if (existingIds.includes(id)) {
    return `La procédure « ${id} » existe déjà : flows/${id}.ts. Choisissez un autre identifiant, ou modifiez ce fichier.`;
  }
  return undefined;
}

/**
 * The source of `flows/<id>.ts`: a complete flow that passes the contract, with every step kind,
 * commented in French for DSIN authors who are not developers. Written already Prettier-formatted
 * (the id only appears where its length cannot change the layout).
 */
export function flowTemplate(id: string): string {
  const problem = checkNewFlowId(id, []);
  if (problem !== undefined) throw new Error(problem);
  return `import { flowSetup, setup } from '../src/engine';

/**
 * Nouvelle procédure : un modèle complet, à adapter.
 *
 * Ce fichier décrit une procédure de dépannage, étape par étape. Il ne contient que des données :
 * vous modifiez des textes entre apostrophes et des noms d'étapes, rien d'autre. Dans les textes,
 * écrivez l'apostrophe typographique (’) : l'apostrophe droite (') termine le texte.
 * Les lignes qui commencent par // sont des commentaires : l'application les ignore.
 *
 * Le guide de l'auteur explique tout en détail : docs/guide-auteur.md.
 *
 * Le parcours de ce modèle :
 *
 *   firstQuestion (question)
 *     ├─ « Premier cas » → tryFix (instructions)
 *     │     ├─ « Oui, ça fonctionne » → resolved (résolution, fin)
 *     │     └─ « Non » ───────────────→ describeProblem (formulaire)
 *     └─ « Autre cas » ───────────────→ describeProblem (formulaire)
 *                                       └─ « Continuer » → ticket (ticket, fin)
 *
 * Après chaque modification :
 * - npm run flows:check vérifie la procédure et dit, en français, quoi corriger et où ;
 * - npm start lance l'application ; la procédure s'ouvre à l'adresse
 *   http://127.0.0.1:5173/#/procedure/${id}
 */
export default setup(flowSetup).createMachine({
  // L'identifiant de la procédure : le nom du fichier, sans « .ts ». Il figure dans l'adresse
  // de la page. Pour le changer, renommez aussi le fichier.
  id: '${id}',
  // Ce que l'utilisateur saisit dans les formulaires est rangé ici : ne modifiez pas cette ligne.
  context: { fields: {} },
  // La fiche de la procédure : ce que la page d'accueil affiche et ce que la recherche utilise.
  meta: {
    kind: 'flow',
    // Le titre, affiché sur la page d'accueil et en haut de la procédure.
    title: 'Nouvelle procédure (à renommer)',
    // Une phrase qui dit quel problème la procédure traite.
    description: 'Décrivez en une phrase le problème traité par cette procédure (à remplacer).',
    // La rubrique de la page d'accueil : l'une de flows/categories.json, qui fixe leur ordre
    // (« Réseau et Wi-Fi », « Comptes et accès », « Messagerie »…). Pour une nouvelle rubrique,
    // ajoutez-la à ce fichier. Tant qu'elle vaut « À classer », flows:check vous le rappelle.
    category: 'À classer',
    // Les mots que la recherche reconnaît (au moins un).
    keywords: ['mot-clé à remplacer', 'autre mot-clé à remplacer'],
    // Les phrases que les utilisateurs tapent pour décrire leur problème, avec leurs mots.
    symptoms: ['phrase tapée par un utilisateur (à remplacer)'],
  },
  // La première étape affichée : le nom de l'une des étapes ci-dessous.
  initial: 'firstQuestion',
  // Les étapes. Chacune a un nom (firstQuestion, tryFix…) écrit en un seul mot, sans accent :
  // chaque mot après le premier commence par une majuscule (par exemple : checkCable).
  // Ce nom ne s'affiche pas : il sert à relier les étapes entre elles.
  // Ce que l'étape affiche est dans son meta ; kind dit de quel type d'étape il s'agit.
  states: {
    // ─── Une question ─────────────────────────────────────────────────────────────────────
    // kind: 'question' pose une question ; chaque réponse possible est un bouton.
    firstQuestion: {
      meta: {
        kind: 'question',
        prompt: 'Quelle est votre situation ? (à remplacer)',
        // help (facultatif) : une précision affichée sous la question.
        help: 'Une précision qui aide à répondre (facultatif : à remplacer ou à supprimer).',
        // summaryLabel : comment l'étape se lit dans le ticket, devant la réponse choisie,
        // ici « Situation : premier cas ». Sans summaryLabel, la question est reprise.
        summaryLabel: 'Situation',
      },
      // on : les réponses, une par bouton. Chaque réponse a :
      // - un nom d'événement en MAJUSCULES, mots séparés par _ (FIRST_CASE, STILL_FAILING…) ;
      // - la cible, l'étape suivante, toujours écrite { target: 'nomDeLEtape' } ;
      // - meta.label : le texte du bouton ;
      // - meta.summary (facultatif) : la réponse telle qu'elle se lit dans le ticket
      //   (le label est repris sinon).
      on: {
        FIRST_CASE: {
          target: 'tryFix',
          meta: { label: 'Premier cas (à remplacer)', summary: 'premier cas' },
        },
        OTHER_CASE: {
          target: 'describeProblem',
          meta: { label: 'Autre cas (à remplacer)', summary: 'autre cas' },
        },
      },
    },

    // ─── Des instructions ─────────────────────────────────────────────────────────────────
    // kind: 'instructions' affiche des actions numérotées à faire, puis demande si cela a
    // fonctionné. Les réponses sont des boutons, comme pour une question.
    tryFix: {
      meta: {
        kind: 'instructions',
        title: 'Essayez d’abord ceci (à remplacer)',
        // intro (facultatif) : une phrase avant les actions.
        intro: 'Ces vérifications règlent le problème dans la plupart des cas (à remplacer).',
        // steps : une action par ligne ; l'écran les numérote. Reprenez les mots exacts que
        // l'utilisateur voit à l'écran (« Démarrer » → « Paramètres »).
        steps: [
          'Première action à faire (à remplacer).',
          'Deuxième action à faire (à remplacer).',
          'Troisième action à faire (à remplacer).',
        ],
        prompt: 'Cela a-t-il fonctionné ?',
        summaryLabel: 'Vérifications proposées faites (à remplacer)',
      },
      on: {
        FIXED: { target: 'resolved', meta: { label: 'Oui, ça fonctionne' } },
        STILL_FAILING: {
          target: 'describeProblem',
          meta: { label: 'Non, le problème persiste', summary: 'fait, le problème persiste' },
        },
      },
    },

    // ─── Un formulaire ────────────────────────────────────────────────────────────────────
    // kind: 'form' demande des informations pour le ticket ; elles sont vérifiées avant de
    // passer à l'étape suivante.
    describeProblem: {
      meta: {
        kind: 'form',
        title: 'Décrivez le problème pour le Centre de Services',
        intro: 'Ces informations permettent au support technique de comprendre la situation.',
        // fields : les champs, dans l'ordre d'affichage. Pour chacun :
        // - name : son nom, en un mot sans accent comme les noms d'étapes, repris par le ticket ;
        // - label : la question affichée ; hint (facultatif) : une aide sous le champ ;
        // - type : 'text' (une ligne), 'textarea' (plusieurs lignes), 'date', 'email', 'tel'
        //   (un numéro de téléphone) ou 'choice' (une liste d'options, voir le guide) ;
        // - required : true si le champ est obligatoire, false sinon ; requiredMessage : le
        //   message affiché quand un champ obligatoire est laissé vide.
        fields: [
          {
            name: 'pcName',
            label: 'Nom du PC',
            hint: 'Il est inscrit sur l’étiquette jaune ou bleue collée sur l’ordinateur.',
            type: 'text',
            required: true,
            requiredMessage: 'Indiquez le nom du PC inscrit sur l’étiquette jaune ou bleue.',
            // maxLength (facultatif) : le nombre de caractères au maximum.
            maxLength: 64,
          },
          {
            name: 'since',
            label: 'Depuis quand le problème est-il apparu ? (facultatif)',
            ticketLabel: 'Depuis',
            type: 'date',
            required: false,
            // approximate (facultatif) : « Aujourd’hui », « Hier », « Il y a quelques jours »…
            // ou une date précise, jamais future. Sans lui : Jour, Mois, Année.
            approximate: true,
          },
        ],
        // submitLabel (facultatif) : le texte du bouton, « Continuer » par défaut.
        submitLabel: 'Continuer',
      },
      // Un formulaire n'a qu'une réponse : SUBMIT. actions: 'saveFields' enregistre les valeurs
      // saisies ; sans elle, elles seraient perdues et absentes du ticket.
      on: { SUBMIT: { target: 'ticket', actions: 'saveFields' } },
    },

    // ─── Une résolution (fin) ─────────────────────────────────────────────────────────────
    // kind: 'resolution' termine la procédure : le problème est réglé.
    // Une fin porte type: 'final' et n'a pas de on : il n'y a plus de réponse à donner.
    resolved: {
      type: 'final',
      meta: {
        kind: 'resolution',
        title: 'Le problème est résolu (à remplacer)',
        // body : les paragraphes, un par texte.
        // links (facultatif) : des liens, [{ label: 'Texte du lien', href: 'https://…' }].
        body: ['Expliquez ce qui a réglé le problème et s’il reste quelque chose à faire.'],
      },
    },

    // ─── Un ticket (fin) ──────────────────────────────────────────────────────────────────
    // kind: 'ticket' termine la procédure par une demande prête à déposer : l'écran dit
    // comment la déposer (lien, étapes, « et ensuite ? ») d'après les réglages de déploiement.
    // Rien n'est envoyé par l'application. Comme toute fin : type: 'final'.
    ticket: {
      type: 'final',
      meta: {
        kind: 'ticket',
        title: 'Votre demande est prête : copiez-la puis déposez-la dans le Centre de Services',
        intro: 'Vérifiez ces informations avant de les déposer.',
        // channel (facultatif) : 'serviceCenter' (par défaut, ticket dans le Centre de Services)
        // ou 'assistanceForm' (formulaire public, pour qui ne peut pas se connecter à l'ENT).
        // target (facultatif) : où déposer le ticket, seulement avec les noms que donne la FAQ :
        // { domain: 'Ressources Humaines' }, { catalogueEntry: 'Création de listes de diffusion' }.
        // Sans target, la personne crée simplement un ticket dans le Centre de Services.
        // ticketTitle : l'objet du ticket ; {pcName} est remplacé par la valeur saisie.
        // Chaque {nom} utilisé ici doit figurer dans fields.
        ticketTitle: 'Nouvelle procédure (à renommer) — PC {pcName}',
        // fields : les champs des formulaires repris dans le ticket, dans l'ordre de lecture.
        fields: ['pcName', 'since'],
        // answers : les étapes (questions, instructions) dont la réponse figure dans le ticket :
        // une question sous « Réponses », des instructions sous « Vérifications déjà faites »
        // (reportAs: 'answer' ou 'check' sur l'étape change cela). Une étape non vue est omise.
        answers: ['firstQuestion', 'tryFix'],
      },
    },
  },
});
`;
}
