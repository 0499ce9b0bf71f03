import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describeIssue } from '../../src/engine/contract/describeIssue.ts';
import { deploymentSchema, type Deployment } from '../../src/settings/deploymentSchema.ts';

/** The settings file the build reads: `deploiement.json`, or the one named by DEPLOIEMENT. */
export function settingsFile(root: string): string {
  return path.resolve(root, process.env.DEPLOIEMENT ?? 'deploiement.json');
}

/**
 * Reads and checks the deployment settings. A missing file means every default; anything wrong
 * stops the build with a French message naming the file and each setting to fix.
 */
export function readSettings(file: string): Deployment {
  const name = path.basename(file);
  if (!existsSync(file)) {
    if (process.env.DEPLOIEMENT)
      throw new Error(
        `${file} : fichier introuvable (DEPLOIEMENT le désigne). Vérifiez le chemin.`,
      );
    return deploymentSchema.parse({});
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `${name} : ce n'est pas du JSON valide (${error instanceof Error ? error.message : String(error)}). Vérifiez les guillemets et les virgules.`,
      { cause: error },
    );
  }
  const parsed = deploymentSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const known = Object.keys(deploymentSchema.shape).join(', ');
  const problems = parsed.error.issues.map((issue) =>
    issue.code === 'unrecognized_keys' && issue.path.length === 0
      ? `- réglage inconnu : ${issue.keys.join(', ')} (faute de frappe ? Les réglages sont : ${known})`
      : `- réglage ${describeIssue(issue)}`,
  );
  throw new Error(
    [
      `${name} : réglages de déploiement invalides.`,
      ...problems,
      'Chaque réglage est décrit dans le README, section « Déployer pour la DSIN ».',
    ].join('\n'),
  );
}
