import { compileScript, compileTemplate, parse } from '@vue/compiler-sfc';

/** Compiles a Vue single-file component the way @vitejs/plugin-vue does; throws on any error. */
export function compileSfc(path: string, source: string): void {
  const { descriptor, errors } = parse(source, { filename: path });
  if (errors.length > 0) throw new Error(`${path}: ${errors.map(String).join('; ')}`);
  compileScript(descriptor, { id: path });
  if (descriptor.template) {
    const template = compileTemplate({ source: descriptor.template.content, filename: path, id: path });
    if (template.errors.length > 0) throw new Error(`${path}: ${template.errors.map(String).join('; ')}`);
  }
}
