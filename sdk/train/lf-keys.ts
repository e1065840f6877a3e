/**
 * The YAML keys LLaMA-Factory accepts for `llamafactory-cli train`, by argument class: a list of
 * facts the config test checks medtune against (every key must be implemented, ignored with a
 * notice, or refused with a reason; see ./config-keys.ts). Names only, no code.
 *
 * Read from hiyouga/LLaMA-Factory at commit ff6d4d12eeb035d6ce06805a5733dd7b29f2ac30
 * (src/llamafactory/hparams/{model,data,finetuning,generating,training}_args.py: the dataclass
 * fields that can be set, i.e. without `init=False`), and from the Hugging Face
 * `Seq2SeqTrainingArguments` their TrainingArguments extends: the union of the fields of
 * transformers 4.56 and 5.x (src/transformers/training_args.py, training_args_seq2seq.py), since
 * LLaMA-Factory supports both.
 *
 * @example
 * LLAMAFACTORY_KEYS.DataArguments.includes('cutoff_len'); // true
 */

/** Where the list was read. @example LLAMAFACTORY_COMMIT.length; // 40 */
export const LLAMAFACTORY_COMMIT = 'ff6d4d12eeb035d6ce06805a5733dd7b29f2ac30';

/** Keys by LLaMA-Factory argument class (TrainingArguments holds the HF ones too). @example Object.keys(LLAMAFACTORY_KEYS); */
export const LLAMAFACTORY_KEYS = {
  ModelArguments: [
    'model_name_or_path', 'adapter_name_or_path', 'adapter_folder', 'cache_dir', 'use_fast_tokenizer',
    'resize_vocab', 'split_special_tokens', 'add_tokens', 'add_special_tokens', 'new_special_tokens_config',
    'init_special_tokens', 'model_revision', 'low_cpu_mem_usage', 'rope_scaling', 'flash_attn', 'shift_attn',
    'mixture_of_depths', 'use_unsloth', 'use_unsloth_gc', 'enable_liger_kernel', 'moe_aux_loss_coef',
    'disable_gradient_checkpointing', 'use_reentrant_gc', 'upcast_layernorm', 'upcast_lmhead_output',
    'train_from_scratch', 'infer_backend', 'offload_folder', 'use_kv_cache', 'use_v1_kernels', 'infer_dtype',
    'hf_hub_token', 'ms_hub_token', 'om_hub_token', 'print_param_status', 'trust_remote_code',
    'quantization_method', 'quantization_bit', 'quantization_type', 'double_quantization',
    'quantization_device_map', 'image_max_pixels', 'image_min_pixels', 'image_do_pan_and_scan',
    'crop_to_patches', 'video_max_pixels', 'video_min_pixels', 'video_fps', 'video_maxlen',
    'use_audio_in_video', 'audio_sampling_rate', 'export_dir', 'export_size', 'export_device',
    'export_quantization_bit', 'export_quantization_dataset', 'export_quantization_nsamples',
    'export_quantization_maxlen', 'export_legacy_format', 'export_hub_model_id', 'vllm_maxlen', 'vllm_gpu_util',
    'vllm_enforce_eager', 'vllm_max_lora_rank', 'vllm_config', 'sglang_maxlen', 'sglang_mem_fraction',
    'sglang_tp_size', 'sglang_config', 'sglang_lora_backend', 'use_kt', 'kt_cpu_activation', 'kt_weight_path',
    'kt_non_expert_weight_path', 'kt_expert_checkpoint_path', 'kt_use_lora_experts', 'kt_lora_expert_num',
    'kt_lora_expert_intermediate_size',
    ],
  DataArguments: [
    'template', 'dataset', 'eval_dataset', 'dataset_dir', 'media_dir', 'cutoff_len', 'train_on_prompt',
    'mask_history', 'streaming', 'buffer_size', 'mix_strategy', 'interleave_probs', 'overwrite_cache',
    'preprocessing_batch_size', 'preprocessing_num_workers', 'max_samples', 'eval_num_beams',
    'ignore_pad_token_for_loss', 'val_size', 'eval_on_each_dataset', 'packing', 'neat_packing', 'tool_format',
    'default_system', 'enable_thinking', 'preserve_thinking', 'tokenized_path', 'data_shared_file_system',
    ],
  FinetuningArguments: [
    'freeze_trainable_layers', 'freeze_trainable_modules', 'freeze_extra_modules', 'additional_target',
    'lora_alpha', 'lora_dropout', 'lora_rank', 'lora_target', 'loraplus_lr_ratio', 'loraplus_lr_embedding',
    'use_rslora', 'use_dora', 'pissa_init', 'pissa_iter', 'pissa_convert', 'create_new_adapter',
    'module_dropout', 'oft_rank', 'oft_block_size', 'oft_target', 'pref_beta', 'pref_ftx', 'pref_bco_weight',
    'pref_loss', 'dpo_label_smoothing', 'kto_chosen_weight', 'kto_rejected_weight', 'simpo_gamma',
    'ppo_buffer_size', 'ppo_epochs', 'ppo_score_norm', 'ppo_target', 'ppo_whiten_rewards', 'ref_model',
    'ref_model_adapters', 'ref_model_quantization_bit', 'reward_model', 'reward_model_adapters',
    'reward_model_quantization_bit', 'reward_model_type', 'ld_alpha', 'use_galore', 'galore_target',
    'galore_rank', 'galore_update_interval', 'galore_scale', 'galore_proj_type', 'galore_layerwise',
    'use_apollo', 'apollo_target', 'apollo_rank', 'apollo_update_interval', 'apollo_scale', 'apollo_proj',
    'apollo_proj_type', 'apollo_scale_type', 'apollo_layerwise', 'apollo_scale_front', 'use_badam',
    'badam_mode', 'badam_start_block', 'badam_switch_mode', 'badam_switch_interval', 'badam_update_ratio',
    'badam_mask_mode', 'badam_verbose', 'use_swanlab', 'swanlab_project', 'swanlab_workspace',
    'swanlab_run_name', 'swanlab_mode', 'swanlab_api_key', 'swanlab_logdir', 'swanlab_lark_webhook_url',
    'swanlab_lark_secret', 'pure_bf16', 'stage', 'finetuning_type', 'use_llama_pro', 'use_adam_mini', 'use_mca',
    'use_megatron_bridge', 'use_hyper_parallel', 'hyper_parallel_args', 'hyper_parallel_cp_size', 'use_muon',
    'use_dft_loss', 'use_asft_loss', 'asft_alpha', 'use_eaft_loss', 'eaft_alpha', 'freeze_vision_tower',
    'freeze_multi_modal_projector', 'freeze_language_model', 'compute_accuracy', 'disable_shuffling',
    'early_stopping_steps', 'plot_loss', 'include_effective_tokens_per_second',
    ],
  GeneratingArguments: [
    'do_sample', 'temperature', 'top_p', 'top_k', 'num_beams', 'max_length', 'max_new_tokens',
    'repetition_penalty', 'length_penalty', 'skip_special_tokens',
    ],
  /** LLaMA-Factory's own (Ray, profiler, FP8, overwrite_output_dir) plus HF TrainingArguments and Seq2SeqTrainingArguments. */
  TrainingArguments: [
    'ray_num_workers', 'ray_init_kwargs', 'master_addr', 'master_port', 'enable_torch_profiler',
    'profiler_output_dir', 'profiler_wait_steps', 'profiler_warmup_steps', 'profiler_active_steps',
    'profiler_repeat', 'profiler_record_shapes', 'profiler_profile_memory', 'profiler_with_stack',
    'profile_modules', 'fp8', 'fp8_backend', 'fp8_enable_fsdp_float8_all_gather', 'overwrite_output_dir',
    'output_dir', 'do_train', 'do_eval', 'do_predict', 'eval_strategy', 'prediction_loss_only',
    'per_device_train_batch_size', 'per_device_eval_batch_size', 'per_gpu_train_batch_size',
    'per_gpu_eval_batch_size', 'gradient_accumulation_steps', 'eval_accumulation_steps', 'eval_delay',
    'torch_empty_cache_steps', 'learning_rate', 'weight_decay', 'adam_beta1', 'adam_beta2', 'adam_epsilon',
    'max_grad_norm', 'num_train_epochs', 'max_steps', 'lr_scheduler_type', 'lr_scheduler_kwargs',
    'warmup_ratio', 'warmup_steps', 'log_level', 'log_level_replica', 'log_on_each_node', 'logging_dir',
    'logging_strategy', 'logging_first_step', 'logging_steps', 'logging_nan_inf_filter', 'save_strategy',
    'save_steps', 'save_total_limit', 'save_safetensors', 'save_on_each_node', 'save_only_model',
    'restore_callback_states_from_checkpoint', 'no_cuda', 'use_cpu', 'use_mps_device', 'seed', 'data_seed',
    'jit_mode_eval', 'bf16', 'fp16', 'fp16_opt_level', 'half_precision_backend', 'bf16_full_eval',
    'fp16_full_eval', 'tf32', 'local_rank', 'ddp_backend', 'tpu_num_cores', 'tpu_metrics_debug', 'debug',
    'dataloader_drop_last', 'eval_steps', 'dataloader_num_workers', 'dataloader_prefetch_factor', 'past_index',
    'run_name', 'disable_tqdm', 'remove_unused_columns', 'label_names', 'load_best_model_at_end',
    'metric_for_best_model', 'greater_is_better', 'ignore_data_skip', 'fsdp', 'fsdp_min_num_params',
    'fsdp_config', 'fsdp_transformer_layer_cls_to_wrap', 'accelerator_config', 'parallelism_config',
    'deepspeed', 'label_smoothing_factor', 'optim', 'optim_args', 'adafactor', 'group_by_length',
    'length_column_name', 'report_to', 'project', 'trackio_space_id', 'ddp_find_unused_parameters',
    'ddp_bucket_cap_mb', 'ddp_broadcast_buffers', 'dataloader_pin_memory', 'dataloader_persistent_workers',
    'skip_memory_metrics', 'use_legacy_prediction_loop', 'push_to_hub', 'resume_from_checkpoint',
    'hub_model_id', 'hub_strategy', 'hub_token', 'hub_private_repo', 'hub_always_push', 'hub_revision',
    'gradient_checkpointing', 'gradient_checkpointing_kwargs', 'include_inputs_for_metrics',
    'include_for_metrics', 'eval_do_concat_batches', 'fp16_backend', 'push_to_hub_model_id',
    'push_to_hub_organization', 'push_to_hub_token', 'mp_parameters', 'auto_find_batch_size',
    'full_determinism', 'torchdynamo', 'ray_scope', 'ddp_timeout', 'torch_compile', 'torch_compile_backend',
    'torch_compile_mode', 'include_tokens_per_second', 'include_num_input_tokens_seen', 'neftune_noise_alpha',
    'optim_target_modules', 'batch_eval_metrics', 'eval_on_start', 'use_liger_kernel', 'liger_kernel_config',
    'eval_use_gather_object', 'average_tokens_across_devices', 'use_cache', 'train_sampling_strategy',
    'enable_jit_checkpoint', 'sortish_sampler', 'predict_with_generate', 'generation_max_length',
    'generation_num_beams', 'generation_config',
    ],
} as const;

/** Every key, once. @example ALL_LLAMAFACTORY_KEYS.has('lora_rank'); // true */
export const ALL_LLAMAFACTORY_KEYS: ReadonlySet<string> = new Set(Object.values(LLAMAFACTORY_KEYS).flat());
