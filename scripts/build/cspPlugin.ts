import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { readSettings, settingsFile } from './readSettings.ts';

/**
 * The Content-Security-Policy of the built app, one directive per entry. Everything comes from
 * the app's own origin, the service worker too: no eval, no plugin, no `<base>`, no form
 * submission (forms are handled in the page and never posted), and no inline script or style
 * but index.html's own two, each allowed by the hash of its exact text (inlineHashes below).
 */
export const cspDirectives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  // The service worker (sw.js, and the Workbox runtime it imports) comes from the app's origin.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
] as const;

export const contentSecurityPolicy = cspDirectives.join('; ');

/**
 * The policy for a build whose settings give a Matomo server: its origin, and only it, joins
 * `connect-src`, which governs `navigator.sendBeacon`. Nothing else is allowed to it.
 */
export function contentSecurityPolicyFor(matomoUrl: string | undefined): string {
  if (matomoUrl === undefined) return contentSecurityPolicy;
  const { origin } = new URL(matomoUrl);
  return cspDirectives
    .map((directive) => (directive === "connect-src 'self'" ? `${directive} ${origin}` : directive))
    .join('; ');
}

/*
 * Accepted exception, on the two pages that draw a flow's diagram only, decided on purpose: the
 * author page (#/auteur/<id>) and the agent's view of a ticket (#/diagnostic/<record>):
 * Mermaid draws its diagram with a <style> element and style="" attributes (written by d3),
 * which `style-src 'self'` blocks; the browser reports `style-src-elem` and `style-src-attr`
 * violations coming from the Mermaid and d3 chunks. We do NOT relax the policy for this:
 * - a <meta> policy is one per document, and this is a single-page app, so `'unsafe-inline'` (or
 *   `style-src-attr 'unsafe-inline'`) would open every page, forms and ticket included, to
 *   injected styles, for a page only flow authors use;
 * - hashes cannot work: the <style> text depends on the diagram id and each flow's classDefs,
 *   and style attributes would need `'unsafe-hashes'` for dozens of computed values;
 * - Mermaid takes no nonce, and a nonce in a static file is no secret.
 * Instead the paint Mermaid's stylesheet carried (fills, strokes, label backgrounds) comes from
 * src/ui/styles.css under `.diagram__canvas`, which `'self'` allows, so the diagram still reads
 * as designed; its own blocked inline styles only cost fonts and centring offsets. The path taken,
 * on the agent's view, is painted the same way: classes on the nodes (Mermaid `class`) and on the
 * edges (added after drawing), never inline styles. Mermaid is loaded on these two pages only, so
 * people walking a flow never trigger these reports; the agent sees them only in the console.
 * tests/browser/security/security.test.ts asserts exactly this: no violation anywhere else, and on these
 * two pages only inline-style violations from the app's own /assets/ chunks.
 */

const charset = /<meta charset="UTF-8"\s*\/?>/i;
const inlineScript = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const inlineStyle = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const inlineAttribute = /\sstyle=|\son[a-z]+=/i;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The hashes of the inline `<script>` and `<style>` elements of a page, as CSP sources: the
 * build's own index.html has two (the boot script, scripts/build/prerenderPlugin.ts, and the entry's
 * stylesheet, scripts/build/inlineStylesheet.ts), written at build time. A hash allows exactly that
 * text and nothing else: a script or style injected into the page (by an XSS, in any page of this
 * single-page app) does not match it and stays blocked, as with no inline allowance at all;
 * `'unsafe-inline'` would let it run. Style attributes and event handler attributes are never
 * allowed (hashes do not cover them without `'unsafe-hashes'`).
 */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  return {
    scripts: [...html.matchAll(inlineScript)].map((match) => sha256(match[1] ?? '')),
    styles: [...html.matchAll(inlineStyle)].map((match) => sha256(match[1] ?? '')),
  };
}

/** `policy` with the hashes of `html`'s inline scripts and styles added to script-src and style-src. */
export function withInlineHashes(policy: string, html: string): string {
  const { scripts, styles } = inlineHashes(html);
  const add = (directive: string, hashes: string[]) => [directive, ...hashes].join(' ');
  return policy
    .split('; ')
    .map((directive) =>
      directive === "script-src 'self'"
        ? add(directive, scripts)
        : directive === "style-src 'self'"
          ? add(directive, styles)
          : directive,
    )
    .join('; ');
}

/**
 * Writes the policy into `<head>` right after `<meta charset>`, before any script or
 * stylesheet, at build time only: the dev server needs inline scripts for HMR and React Refresh.
 * A `<meta>` cannot carry `frame-ancestors` or reporting; the server adds those headers if it
 * wants them. Runs after the plugins that inline the boot script and the stylesheet, and allows
 * those by their hashes; the build fails if the page has a style or event handler attribute,
 * which the policy would block.
 */
export function contentSecurityPolicyMeta(): Plugin {
  let policy = contentSecurityPolicy;
  return {
    name: 'content-security-policy',
    apply: 'build',
    configResolved(config) {
      policy = contentSecurityPolicyFor(readSettings(settingsFile(config.root)).matomo?.url);
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        if (inlineAttribute.test(html))
          throw new Error(
            'index.html has a style or event handler attribute: the CSP would block it.',
          );
        if (!charset.test(html)) throw new Error('index.html has no <meta charset="UTF-8">.');
        const content = withInlineHashes(policy, html);
        return html.replace(
          charset,
          (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${content}" />`,
        );
      },
    },
  };
}
