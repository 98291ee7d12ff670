import type { APIRoute } from 'astro';
import type { Chapter } from '../../../../../site/course/chapters.ts';
import type { WidgetInstance } from '../../../../../site/course/embeds.ts';
import { oembedJson, oembedPaths } from '../../../../../site/course/oembed.ts';

export const getStaticPaths = () => oembedPaths('zh-cn');

export const GET: APIRoute = ({ props, site }) =>
  Response.json(
    oembedJson(props['chapter'] as Chapter, props['widget'] as WidgetInstance, site ?? new URL('http://localhost/')),
  );
