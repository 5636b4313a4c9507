/**
 * Input validation driven by the v2 service model (the walk every service shares): every problem is
 * listed in ValidationException's `fields` (FIELD_VALIDATION_FAILED); a value of the wrong JSON type
 * is CANNOT_PARSE, listing only those.
 */
import { formatPath, type Path, type Violation, type WalkReport, walkShape } from "../shared/model-walk.js";
import { type FieldProblem, validation } from "./errors.js";
import { model2, operation2 } from "./model.js";

/** Collects every problem, wrong types apart. */
class Problems implements WalkReport {
  readonly fields: FieldProblem[] = [];
  readonly parse: FieldProblem[] = [];

  wrongType(path: Path, expected: string): void {
    const at = formatPath(path) || "(request)";
    this.parse.push({ name: at, message: `Expected ${expected} at '${at}'` });
  }

  violation({ path, shown, constraint }: Violation): void {
    const at = formatPath(path);
    this.fields.push({
      name: at,
      message: `Value ${shown} at '${at}' failed to satisfy constraint: ${constraint}`,
    });
  }
}

/** Throws the ValidationException Inspector v2 would answer when `input` does not fit the operation. */
export function validateInput2(operation: string, input: unknown): void {
  const shapeName = operation2(operation)?.input?.shape;
  if (shapeName === undefined) {
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      throw validation(
        [{ name: "(request)", message: "Expected an object as the request body" }],
        "CANNOT_PARSE",
      );
    }
    return;
  }
  const problems = new Problems();
  walkShape(model2, shapeName, input, problems);
  if (problems.parse.length > 0) throw validation(problems.parse, "CANNOT_PARSE");
  if (problems.fields.length > 0) throw validation(problems.fields);
}
