/**
 * Named fallback chat templates, for checkpoints that ship without a `chat_template`.
 *
 * A base model (the embedded medtune-tiny, Llama-2 base) has no chat format of its own, and
 * guessing one silently would change what fine-tuning teaches it. So the caller names one of
 * these explicitly (`loadTokenizer(dir, { template: 'alpaca' })`). They are Jinja strings in the
 * Hugging Face convention (variables `messages`, `add_generation_prompt`, `bos_token`,
 * `eos_token`), rendered by the same engine as checkpoint templates, and each has the prefix
 * property the SFT trainer relies on: the rendering of `[...history, user]` with
 * `add_generation_prompt` is a prefix of the rendering of `[...history, user, assistant]`.
 *
 * Like HF templates, they write BOS/EOS themselves, so their output is encoded with
 * `addSpecialTokens: false` (see `encodeChat`).
 *
 * @example
 * import { FALLBACK_TEMPLATES } from './chat-templates.js';
 * FALLBACK_TEMPLATES.chatml; // "{{ bos_token ... }}{% for message in messages %}..."
 */
import { z } from 'zod';

/** Names of the built-in fallback templates. @example FallbackTemplateName.parse('chatml'); */
export const FallbackTemplateName = z.enum(['chatml', 'alpaca', 'llama2']);
/** @example const name: FallbackTemplateName = 'alpaca'; */
export type FallbackTemplateName = z.infer<typeof FallbackTemplateName>;

// Templates start with BOS when the tokenizer defines one, because their output is encoded
// without special tokens and a Llama-family model expects BOS at position 0.
const BOS = '{% if bos_token is defined and bos_token %}{{ bos_token }}{% endif %}';
const EOS = '{% if eos_token is defined and eos_token %}{{ eos_token }}{% endif %}';

/**
 * ChatML (`<|im_start|>role\ncontent<|im_end|>\n`), the format of Qwen and many open chat
 * models; on tokenizers without those special tokens the markers are ordinary text.
 */
const CHATML =
  BOS +
  "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}{% endfor %}" +
  "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

/**
 * Alpaca (Stanford Alpaca / LLaMA-Factory `alpaca`): a system preamble, then
 * `### Instruction:` / `### Response:` blocks; each answer ends with EOS so the model learns to stop.
 */
const ALPACA =
  BOS +
  "{% if messages[0]['role'] == 'system' %}{% set loop_messages = messages[1:] %}{{ messages[0]['content'] + '\\n\\n' }}" +
  "{% else %}{% set loop_messages = messages %}" +
  "{{ 'Below is an instruction that describes a task. Write a response that appropriately completes the request.\\n\\n' }}{% endif %}" +
  '{% for message in loop_messages %}' +
  "{% if message['role'] == 'user' %}{{ '### Instruction:\\n' + message['content'] + '\\n\\n' }}" +
  "{% elif message['role'] == 'assistant' %}{{ '### Response:\\n' + message['content'] }}" +
  EOS +
  "{{ '\\n\\n' }}" +
  "{% else %}{{ raise_exception('alpaca template: a system message is only allowed first') }}{% endif %}" +
  '{% endfor %}' +
  "{% if add_generation_prompt %}{{ '### Response:\\n' }}{% endif %}";

/**
 * Llama-2-chat (`<s>[INST] <<SYS>>\nsystem\n<</SYS>>\n\nuser [/INST] answer </s>`), as in
 * meta-llama/Llama-2-7b-chat-hf; roles must alternate user/assistant. The generation prompt is
 * empty: the model answers right after `[/INST]`.
 */
const LLAMA2 =
  "{% if messages[0]['role'] == 'system' %}{% set loop_messages = messages[1:] %}{% set system_message = messages[0]['content'] %}" +
  '{% else %}{% set loop_messages = messages %}{% set system_message = false %}{% endif %}' +
  '{% for message in loop_messages %}' +
  "{% if (message['role'] == 'user') != (loop.index0 % 2 == 0) %}{{ raise_exception('llama2 template: conversation roles must alternate user/assistant/user/assistant/...') }}{% endif %}" +
  "{% if loop.index0 == 0 and system_message != false %}{% set content = '<<SYS>>\\n' + system_message + '\\n<</SYS>>\\n\\n' + message['content'] %}" +
  "{% else %}{% set content = message['content'] %}{% endif %}" +
  "{% if message['role'] == 'user' %}" +
  BOS +
  "{{ '[INST] ' + content.strip() + ' [/INST]' }}" +
  "{% elif message['role'] == 'assistant' %}{{ ' ' + content.strip() + ' ' }}" +
  EOS +
  '{% endif %}{% endfor %}';

/**
 * Jinja source of each fallback template.
 *
 * @example
 * const tpl = FALLBACK_TEMPLATES['alpaca'];
 */
export const FALLBACK_TEMPLATES: Readonly<Record<FallbackTemplateName, string>> = {
  chatml: CHATML,
  alpaca: ALPACA,
  llama2: LLAMA2,
};

/**
 * Text that opens the next turn in each fallback template. On a tokenizer without the template's
 * special tokens (the embedded model), these are plain text the model can write, so an answer
 * should also stop there, not only at EOS (llama.cpp and Ollama stop at the same markers).
 *
 * @example
 * generate(model, messages, { stopStrings: [...FALLBACK_TURN_MARKERS.chatml] });
 */
export const FALLBACK_TURN_MARKERS: Readonly<Record<FallbackTemplateName, readonly string[]>> = {
  chatml: ['<|im_end|>', '<|im_start|>'],
  alpaca: ['### Instruction:', '### Response:'],
  llama2: ['[INST]'],
};

/**
 * Turn markers to stop at for a tokenizer's template: those of a fallback template, none for a
 * checkpoint's own template (its end-of-turn token is an EOS id).
 *
 * @example
 * templateTurnMarkers(model.tokenizer.templateName); // ['<|im_end|>', '<|im_start|>'] for chatml
 */
export function templateTurnMarkers(templateName: string): string[] {
  const name = FallbackTemplateName.safeParse(templateName);
  return name.success ? [...FALLBACK_TURN_MARKERS[name.data]] : [];
}
