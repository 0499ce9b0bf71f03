import type { FlowTranslation } from '../../src/engine';

/** English of flows/distribution-lists.ts. */
const english: FlowTranslation = {
  flow: {
    'Créer une liste de diffusion': 'Create a mailing list',
    'Obtenir une liste de diffusion ou une adresse e-mail partagée par plusieurs personnes, ou suivre une création en attente.':
      'Get a mailing list or an e-mail address shared by several people, or follow up a list that has not been created yet.',
  },
  keywords: [
    'mailing list',
    'distribution list',
    'generic address',
    'generic e-mail',
    'generic account',
    'shared address',
    'shared mailbox',
    'functional mailbox',
    'team address',
    'email',
  ],
  symptoms: [
    'e-mail a whole team',
    'shared e-mail address',
    'an address for my department',
    'my list is taking a long time',
  ],
  states: {
    need: {
      'De quoi avez-vous besoin ?': 'What do you need?',
      Besoin: 'Need',
      'Créer une liste de diffusion': 'Create a mailing list',
      'Une adresse e-mail générique (partagée)': 'A generic (shared) e-mail address',
      'Ma demande de liste tarde à être traitée': 'My list request is taking a long time',
    },
    genericAddress: {
      'Une liste de diffusion vous conviendrait-elle ?': 'Would a mailing list suit you?',
      'Il n’existe pas de compte générique pour les e-mails. La seule possibilité est une liste de diffusion : les e-mails envoyés à une adresse unique sont redirigés vers plusieurs destinataires.':
        'There is no generic e-mail account. The only option is a mailing list: e-mails sent to a single address are forwarded to several recipients.',
      'Pas de compte générique : une liste de diffusion à la place':
        'No generic account: a mailing list instead',
      'Créer une liste de diffusion': 'Create a mailing list',
      oui: 'yes',
      'Non merci': 'No thanks',
    },
    noGenericAccount: {
      'Il n’existe pas de compte e-mail générique': 'There is no generic e-mail account',
      'Une adresse partagée ne peut être obtenue que sous la forme d’une liste de diffusion.':
        'You can only get a shared address as a mailing list.',
      'Si vous changez d’avis, demandez-la dans le Catalogue de services, entrée « Création de listes de diffusion ».':
        'If you change your mind, request one in the Catalogue de services (the service catalogue), under the entry « Création de listes de diffusion » (Creating mailing lists).',
    },
    createList: {
      'Demandez la liste dans le Catalogue de services':
        'Request the list in the Catalogue de services',
      'La gestion des listes de diffusion est assurée par la DSIN : la demande se fait dans le Catalogue de services.':
        'Mailing lists are managed by the DSIN (the university’s IT department): you request them in the Catalogue de services (the service catalogue).',
      'Accédez au Catalogue de services.': 'Go to the Catalogue de services.',
      'Sélectionnez l’entrée « Création de listes de diffusion ».':
        'Select the entry « Création de listes de diffusion » (Creating mailing lists).',
      'Fournissez les informations demandées dans le formulaire : l’étape suivante les prépare pour vous.':
        'Give the information the form asks for: the next step prepares it for you.',
      'Préparons les informations du formulaire.': 'Let’s prepare the information for the form.',
      'Préparer les informations': 'Prepare the information',
    },
    listDetails: {
      'Préparez les informations de la liste': 'Prepare the list’s information',
      'Le formulaire « Création de listes de diffusion » vous demandera ces informations.':
        'The « Création de listes de diffusion » (Creating mailing lists) form will ask you for this information.',
      'Nom de la liste': 'Name of the list',
      'Par exemple le nom de l’équipe, du service ou du projet.':
        'For example, the name of the team, department or project.',
      'Indiquez le nom souhaité pour la liste.': 'Enter the name you want for the list.',
      'Destinataires ou groupes à inclure': 'Recipients or groups to include',
      'Les adresses e-mail des personnes, ou les groupes (service, équipe, promotion…).':
        'The people’s e-mail addresses, or the groups (department, team, student year group…).',
      'Indiquez les destinataires ou les groupes à inclure dans la liste.':
        'Enter the recipients or groups to include in the list.',
      'But de la liste': 'Purpose of the list',
      'À quoi servira la liste, et qui y écrira.':
        'What the list will be used for, and who will write to it.',
      'Indiquez à quoi servira la liste.': 'Enter what the list will be used for.',
      'Autres informations (facultatif)': 'Other information (optional)',
      'Toute autre information demandée par le formulaire.':
        'Any other information the form asks for.',
      Continuer: 'Continue',
    },
    listRequest: {
      'Votre demande est prête : copiez-la puis reportez-la dans le formulaire « Création de listes de diffusion »':
        'Your request is ready: copy it, then enter it in the « Création de listes de diffusion » (Creating mailing lists) form',
      'Le formulaire « Création de listes de diffusion » du Catalogue de services vous demandera ces informations.':
        'The « Création de listes de diffusion » form in the Catalogue de services will ask you for this information.',
      'Création de la liste de diffusion {listName}': 'Create the mailing list {listName}',
      'La DSIN crée la liste. Le délai dépend de sa charge de travail : votre demande est traitée dans les plus brefs délais.':
        'The DSIN creates the list. How long it takes depends on its workload: your request is handled as soon as possible.',
    },
    lateRequest: {
      'Vérifiez où en est votre demande': 'Check the progress of your request',
      'Le délai dépend de la charge de travail de la DSIN. Une fois soumise, votre demande est traitée dans les plus brefs délais.':
        'How long it takes depends on the workload of the DSIN (the university’s IT department). Once submitted, your request is handled as soon as possible.',
      'Connectez-vous au Centre de Services.':
        'Log in to the Centre de Services (the DSIN’s IT service desk).',
      'Retrouvez votre demande « Création de listes de diffusion ».':
        'Find your « Création de listes de diffusion » (Creating mailing lists) request.',
      'Vérifiez son statut.': 'Check its status.',
      'Votre demande est-elle toujours en attente ?': 'Is your request still pending?',
      'Statut vérifié dans le Centre de Services': 'Status checked in the Centre de Services',
      'Oui, je veux contacter l’assistance': 'Yes, I want to contact IT support',
      'toujours en attente': 'still pending',
      'Je vais attendre': 'I will wait',
    },
    willWait: {
      'Votre demande suit son cours': 'Your request is in progress',
      'Le délai dépend de la charge de travail de la DSIN : votre demande sera traitée dans les plus brefs délais.':
        'How long it takes depends on the DSIN’s workload: your request will be handled as soon as possible.',
      'Vous pouvez vérifier son statut à tout moment dans le Centre de Services.':
        'You can check its status at any time in the Centre de Services.',
    },
    lateDetails: {
      'Précisez la demande en attente': 'Give details of the pending request',
      'Quand avez-vous fait la demande ?': 'When did you make the request?',
      'Une réponse approximative suffit.': 'A rough answer is enough.',
      'Indiquez quand vous avez fait la demande.': 'Enter when you made the request.',
      'Nom de la liste demandée': 'Name of the list you requested',
      'Indiquez le nom de la liste demandée.': 'Enter the name of the list you requested.',
      'Numéro de la demande (facultatif)': 'Request number (optional)',
      'Tel qu’il s’affiche dans le Centre de Services.': 'As shown in the Centre de Services.',
      Continuer: 'Continue',
    },
    lateTicket: {
      'Votre message est prêt : copiez-le puis déposez-le dans le Centre de Services':
        'Your message is ready: copy it, then submit it in the Centre de Services',
      'L’assistance retrouvera votre demande de liste à partir de ces informations.':
        'With this information, IT support can find your list request.',
      'Demande de liste de diffusion en attente — {requestedList}':
        'Pending mailing list request — {requestedList}',
    },
  },
};
export default english;
