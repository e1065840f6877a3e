/**
 * Tool (function-calling) text formats of LLaMA-Factory's templates: how the tool list is
 * written into the system prompt and how a function call is written as the assistant's turn.
 * The strings follow LLaMA-Factory's `tool_utils.py` (default, qwen, llama3, mistral), including
 * Python's `json.dumps` spacing, so a conversation renders to the same text as there.
 *
 * @example
 * formatFunctionCall('qwen', '{"name": "lookup", "arguments": {"code": "I10"}}');
 * // '<tool_call>\n{"name": "lookup", "arguments": {"code": "I10"}}\n</tool_call>'
 */
import { z } from 'zod';

/** Tool formats implemented. @example ToolFormat.parse('qwen'); */
export const ToolFormat = z.enum(['default', 'qwen', 'llama3', 'mistral']);
/** One of the tool formats. @example const f: ToolFormat = 'default'; */
export type ToolFormat = z.infer<typeof ToolFormat>;

/**
 * `json.dumps(value, ensure_ascii=False)` of Python: `", "` and `": "` separators, or with
 * `indent` one item per line.
 *
 * @example
 * pyJson({ a: [1, 2] }); // '{"a": [1, 2]}'
 */
export function pyJson(value: unknown, indent?: number, depth = 0): string {
  const pad = (d: number) => (indent === undefined ? '' : `\n${' '.repeat(indent * d)}`);
  const sep = indent === undefined ? ', ' : ',';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[${pad(depth + 1)}${value.map((v) => pyJson(v, indent, depth + 1)).join(sep + pad(depth + 1))}${pad(depth)}]`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return '{}';
    const items = entries.map(([k, v]) => `${JSON.stringify(k)}: ${pyJson(v, indent, depth + 1)}`);
    return `{${pad(depth + 1)}${items.join(sep + pad(depth + 1))}${pad(depth)}}`;
  }
  if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value)) return String(value);
  return JSON.stringify(value) ?? 'null';
}

interface ToolSpec {
  name: string;
  description?: string;
  parameters?: { properties?: Record<string, { type?: string; description?: string; enum?: unknown[]; items?: { type?: string } }>; required?: string[] };
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${what}: expected JSON, found text that does not parse`);
  }
}

function toolList(toolsJson: string): ToolSpec[] {
  const tools = parseJson(toolsJson, 'tools');
  if (!Array.isArray(tools)) throw new Error('tools: expected a JSON array of tool descriptions');
  return tools.map((t, i) => {
    const tool = (t && typeof t === 'object' && (t as { type?: unknown }).type === 'function' ? (t as { function: unknown }).function : t) as ToolSpec;
    if (!tool || typeof tool.name !== 'string') throw new Error(`tools[${i}]: expected an object with a "name"`);
    return tool;
  });
}

const wrap = (tool: unknown) =>
  tool && typeof tool === 'object' && (tool as { type?: unknown }).type === 'function' ? tool : { type: 'function', function: tool };

/**
 * The tool list as it goes into the system prompt (empty list: empty text).
 *
 * @example
 * formatTools('default', '[{"name": "bmi", "parameters": {"properties": {}}}]');
 */
export function formatTools(format: ToolFormat, toolsJson: string, today: Date = new Date()): string {
  const raw = parseJson(toolsJson, 'tools');
  if (Array.isArray(raw) && raw.length === 0) return '';
  const tools = toolList(toolsJson);
  switch (format) {
    case 'default': {
      let text = '';
      for (const tool of tools) {
        let params = '';
        for (const [name, p] of Object.entries(tool.parameters?.properties ?? {})) {
          const required = tool.parameters?.required?.includes(name) ? ', required' : '';
          const oneOf = p.enum?.length ? `, should be one of [${p.enum.join(', ')}]` : '';
          const items = p.items ? `, where each item should be ${p.items.type ?? ''}` : '';
          params += `  - ${name} (${p.type ?? ''}${required}): ${p.description ?? ''}${oneOf}${items}\n`;
        }
        text += `> Tool Name: ${tool.name}\nTool Description: ${tool.description ?? ''}\nTool Args:\n${params}\n`;
      }
      return (
        `You have access to the following tools:\n${text}Use the following format if using a tool:\n\`\`\`\n` +
        `Action: tool name (one of [${tools.map((t) => t.name).join(', ')}])\n` +
        'Action Input: the input to the tool, in a JSON format representing the kwargs (e.g. ```{"input": "hello world", "num_beams": 5}```)\n```\n'
      );
    }
    case 'qwen':
      return (
        '\n\n# Tools\n\nYou may call one or more functions to assist with the user query.\n\n' +
        `You are provided with function signatures within <tools></tools> XML tags:\n<tools>${(raw as unknown[]).map((t) => `\n${pyJson(wrap(t))}`).join('')}` +
        '\n</tools>\n\nFor each function call, return a json object with function name and arguments within ' +
        '<tool_call></tool_call> XML tags:\n<tool_call>\n{"name": <function-name>, "arguments": <args-json-object>}\n</tool_call>'
      );
    case 'llama3': {
      // LLaMA-Factory writes today's date as `%d %b %Y`.
      const month = today.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
      const date = `${String(today.getUTCDate()).padStart(2, '0')} ${month} ${today.getUTCFullYear()}`;
      return (
        `Cutting Knowledge Date: December 2023\nToday Date: ${date}\n\n` +
        'You have access to the following functions. To call a function, please respond with JSON for a function call. ' +
        'Respond in the format {"name": function name, "parameters": dictionary of argument name and its value}. ' +
        `Do not use variables.\n\n${(raw as unknown[]).map((t) => `${pyJson(wrap(t), 4)}\n\n`).join('')}`
      );
    }
    case 'mistral':
      return `[AVAILABLE_TOOLS] ${pyJson((raw as unknown[]).map(wrap))}[/AVAILABLE_TOOLS]`;
  }
}

/**
 * A function-call turn (JSON `{"name", "arguments"}` or a list of them) in the format's text.
 *
 * @example
 * formatFunctionCall('default', '{"name": "bmi", "arguments": {"kg": 70}}'); // 'Action: bmi\nAction Input: {"kg": 70}'
 */
export function formatFunctionCall(format: ToolFormat, content: string): string {
  const parsed = parseJson(content, 'function call');
  const calls = (Array.isArray(parsed) ? parsed : [parsed]) as { name?: unknown; arguments?: unknown }[];
  for (const [i, c] of calls.entries()) {
    if (!c || typeof c.name !== 'string' || !('arguments' in c)) throw new Error(`function call[${i}]: expected {"name": ..., "arguments": ...}`);
  }
  switch (format) {
    case 'default':
      return calls.map((c) => `Action: ${c.name}\nAction Input: ${pyJson(c.arguments)}`).join('\n');
    case 'qwen':
      return calls.map((c) => `<tool_call>\n${pyJson({ name: c.name, arguments: c.arguments })}\n</tool_call>`).join('\n');
    case 'llama3': {
      const objs = calls.map((c) => ({ name: c.name, parameters: c.arguments }));
      return pyJson(objs.length === 1 ? objs[0] : objs);
    }
    case 'mistral':
      return pyJson(calls.map((c) => ({ name: c.name, arguments: c.arguments })));
  }
}
