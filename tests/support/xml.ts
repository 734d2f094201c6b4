import { SaxesParser } from 'saxes';

/** Well-formedness errors of an XML document, by a strict parser (saxes); empty when it is well formed. */
export function xmlErrors(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => errors.push(error.message));
  parser.write(xml).close();
  return errors;
}
