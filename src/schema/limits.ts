// Request limits that the complexity plugin does not cover: the number of aliases in one operation
// (aliases multiply the work of a field without making the query deeper or more complex per field).
import { GraphQLError, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** A validation rule: at most `max` aliased fields in the document. */
export function maxAliasesRule(max: number): ValidationRule {
  return (context) => {
    let aliases = 0;
    let reported = false;
    return {
      Field(node) {
        if (!node.alias || reported) return;
        aliases += 1;
        if (aliases > max) {
          reported = true;
          context.reportError(
            new GraphQLError(`The operation uses more than ${max} aliases; split it into several requests.`, {
              nodes: [node],
              extensions: { code: 'LIMIT_EXCEEDED', limit: 'aliases', max },
            }),
          );
        }
      },
    };
  };
}

/** Yoga/envelop plugin adding the aliases rule to validation. */
export function aliasLimitPlugin(max: number): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(maxAliasesRule(max));
    },
  };
}
