/** The footer's promise about what this browser keeps, with the deployment's hours. */
export function keptInBrowser(hours: number): string {
  // A number and its unit stay on one line.
  const duration = `${String(hours)}\u00a0heure${hours > 1 ? 's' : ''}`;
  return `Vos réponses restent dans ce navigateur jusqu’à ${duration} après la dernière, pour que vous puissiez reprendre\u202f; rien n’est envoyé sans votre action.`;
}
