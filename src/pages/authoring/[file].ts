/**
 * The import template files, copied from templates/ into the trainer edition only (the route
 * list is empty elsewhere). `npm run template` writes them; they are committed.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { features } from '../../site/data.ts';
import { IMPORT_TEMPLATE_FILES } from '../../spreadsheet/template.ts';

export const getStaticPaths = (() =>
  features.authoring
    ? Object.values(IMPORT_TEMPLATE_FILES).map((path) => ({
        params: { file: path.replace(/^templates\//, '') },
        props: { path },
      }))
    : []) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync((props as { path: string }).path), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
