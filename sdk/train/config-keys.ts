/**
 * How medtune treats each LLaMA-Factory / Hugging Face key that its config schema does not
 * implement (./lf-keys.ts lists them all):
 * - ignored: accepted with any value and named once in a single notice, because it only matters
 *   to a Python/GPU cluster, to tracking services, to generation (not training), or to a method
 *   that a refused gate key (stage, finetuning_type, use_galore, ...) would have switched on;
 * - refused: accepted at LLaMA-Factory's default value only; any other value changes what is
 *   trained in a way medtune cannot reproduce, so it is an error that says so.
 *
 * @example
 * IGNORED_KEYS.ddp_timeout; // 'cluster'
 * REFUSED_KEYS.use_dora.default; // false
 */

/** Why an ignored key has no effect here. @example const r: IgnoreReason = 'cluster'; */
export type IgnoreReason = 'cluster' | 'precision' | 'generation' | 'tracking' | 'other-method' | 'multimodal' | 'inference';

/** What each reason means, as the notice prints it. @example IGNORE_REASONS.precision; */
export const IGNORE_REASONS: Readonly<Record<IgnoreReason, string>> = {
  cluster: 'distributed/GPU/data-loader settings of a Python cluster (one CPU process here)',
  precision: 'mixed precision: the CPU/wasm backend computes in float32',
  generation: 'generation settings LLaMA-Factory uses for chat/predict, not for training',
  tracking: 'experiment tracking, hub upload and logging integrations',
  'other-method': 'options of a stage or method medtune does not run',
  multimodal: 'image/video/audio processing (text models only)',
  inference: 'inference engines and export (see medtune export/serve)',
};

const group = (reason: IgnoreReason, keys: string): [string, IgnoreReason][] => keys.trim().split(/\s+/).map((k) => [k, reason]);

/**
 * Keys accepted with any value and listed once in the "ignored here" notice.
 *
 * @example
 * IGNORED_KEYS.trust_remote_code; // 'cluster'
 */
export const IGNORED_KEYS: Readonly<Record<string, IgnoreReason>> = Object.fromEntries([
  ...group('cluster', `
    trust_remote_code flash_attn use_unsloth use_unsloth_gc enable_liger_kernel use_liger_kernel liger_kernel_config
    use_v1_kernels low_cpu_mem_usage disable_gradient_checkpointing use_reentrant_gc
    gradient_checkpointing_kwargs quantization_device_map cache_dir hf_hub_token ms_hub_token om_hub_token
    use_fast_tokenizer print_param_status overwrite_cache preprocessing_num_workers preprocessing_batch_size
    data_shared_file_system buffer_size dataloader_num_workers dataloader_pin_memory dataloader_persistent_workers
    dataloader_prefetch_factor ddp_timeout ddp_backend ddp_find_unused_parameters ddp_bucket_cap_mb
    ddp_broadcast_buffers local_rank deepspeed fsdp fsdp_config fsdp_min_num_params fsdp_transformer_layer_cls_to_wrap
    accelerator_config parallelism_config tpu_num_cores tpu_metrics_debug mp_parameters ray_scope ray_num_workers
    ray_init_kwargs master_addr master_port average_tokens_across_devices torch_compile torch_compile_backend
    torch_compile_mode torchdynamo torch_empty_cache_steps use_cpu no_cuda use_mps_device jit_mode_eval
    full_determinism auto_find_batch_size skip_memory_metrics use_legacy_prediction_loop past_index
    remove_unused_columns label_names length_column_name save_safetensors save_on_each_node save_only_model
    enable_jit_checkpoint use_cache debug eval_accumulation_steps eval_do_concat_batches eval_use_gather_object
    batch_eval_metrics prediction_loss_only include_inputs_for_metrics include_for_metrics include_tokens_per_second
    include_num_input_tokens_seen include_effective_tokens_per_second enable_torch_profiler profiler_output_dir
    profiler_wait_steps profiler_warmup_steps profiler_active_steps profiler_repeat profiler_record_shapes
    profiler_profile_memory profiler_with_stack profile_modules do_eval
  `),
  ...group('precision', `
    bf16 fp16 pure_bf16 tf32 bf16_full_eval fp16_full_eval fp16_opt_level half_precision_backend fp16_backend
    fp8 fp8_backend fp8_enable_fsdp_float8_all_gather upcast_layernorm upcast_lmhead_output
  `),
  ...group('generation', `
    do_sample num_beams max_length max_new_tokens length_penalty
    skip_special_tokens eval_num_beams generation_max_length generation_num_beams generation_config sortish_sampler
  `),
  ...group('tracking', `
    run_name project trackio_space_id log_level log_level_replica log_on_each_node logging_nan_inf_filter
    logging_first_step hub_model_id hub_strategy hub_token hub_private_repo hub_always_push hub_revision
    push_to_hub_model_id push_to_hub_organization push_to_hub_token use_swanlab swanlab_project swanlab_workspace
    swanlab_run_name swanlab_mode swanlab_api_key swanlab_logdir swanlab_lark_webhook_url swanlab_lark_secret
  `),
  ...group('other-method', `
    freeze_trainable_layers freeze_trainable_modules freeze_extra_modules module_dropout oft_rank oft_block_size
    oft_target pissa_iter loraplus_lr_embedding pref_bco_weight
    kto_chosen_weight kto_rejected_weight simpo_gamma ppo_buffer_size ppo_epochs ppo_score_norm ppo_target
    ppo_whiten_rewards ref_model ref_model_adapters ref_model_quantization_bit reward_model reward_model_adapters
    reward_model_quantization_bit reward_model_type ld_alpha galore_target galore_rank galore_update_interval
    galore_scale galore_proj_type galore_layerwise apollo_target apollo_rank apollo_update_interval apollo_scale
    apollo_proj apollo_proj_type apollo_scale_type apollo_layerwise apollo_scale_front badam_mode badam_start_block
    badam_switch_mode badam_switch_interval badam_update_ratio badam_mask_mode badam_verbose hyper_parallel_args
    hyper_parallel_cp_size asft_alpha eaft_alpha kt_cpu_activation kt_weight_path kt_non_expert_weight_path
    kt_expert_checkpoint_path kt_use_lora_experts kt_lora_expert_num kt_lora_expert_intermediate_size optim_args
  `),
  ...group('multimodal', `
    media_dir image_max_pixels image_min_pixels image_do_pan_and_scan crop_to_patches video_max_pixels
    video_min_pixels video_fps video_maxlen use_audio_in_video audio_sampling_rate freeze_vision_tower
    freeze_multi_modal_projector freeze_language_model
  `),
  ...group('inference', `
    infer_backend infer_dtype use_kv_cache offload_folder export_dir export_size export_device
    export_quantization_bit export_quantization_dataset export_quantization_nsamples export_quantization_maxlen
    export_legacy_format export_hub_model_id vllm_maxlen vllm_gpu_util vllm_enforce_eager vllm_max_lora_rank
    vllm_config sglang_maxlen sglang_mem_fraction sglang_tp_size sglang_config sglang_lora_backend
  `),
]);

/** A key accepted only at its default. @example const r: Refusal = { default: false, why: 'DoRA' }; */
export interface Refusal {
  /** LLaMA-Factory's (or HF's) default; `null` also stands for "unset". */
  default: unknown;
  /** What the key would do, for the error message. */
  why: string;
}

const refuse = (why: string, entries: Record<string, unknown>): [string, Refusal][] =>
  Object.entries(entries).map(([k, d]) => [k, { default: d, why }]);

/**
 * Keys accepted at their default only: any other value would change the trained model in a
 * way medtune does not implement, so it is refused rather than silently dropped.
 *
 * @example
 * REFUSED_KEYS.neftune_noise_alpha; // { default: null, why: 'NEFTune embedding noise' }
 */
export const REFUSED_KEYS: Readonly<Record<string, Refusal>> = Object.fromEntries([
  ...refuse('continuing from another adapter', { adapter_folder: null, create_new_adapter: false }),
  ...refuse('vocabulary changes', { resize_vocab: false, split_special_tokens: false, add_tokens: null, add_special_tokens: null, new_special_tokens_config: null, init_special_tokens: 'noise_init' }),
  ...refuse('architecture changes', { rope_scaling: null, shift_attn: false, mixture_of_depths: null, moe_aux_loss_coef: null, train_from_scratch: false, use_llama_pro: false }),
  ...refuse('a pinned hub revision (medtune loads the local snapshot)', { model_revision: 'main' }),
  ...refuse('LoRA variants', { use_dora: false, pissa_init: false, pissa_convert: false, loraplus_lr_ratio: null, additional_target: null }),
  ...refuse('other optimizers', { use_galore: false, use_apollo: false, use_badam: false, use_adam_mini: false, use_muon: false, adafactor: false, optim_target_modules: null }),
  ...refuse('other losses', { use_dft_loss: false, use_asft_loss: false, use_eaft_loss: false, label_smoothing_factor: 0, neftune_noise_alpha: null }),
  ...refuse('other training backends', { use_mca: false, use_megatron_bridge: false, use_hyper_parallel: false, use_kt: false }),
  ...refuse('streaming or pre-tokenized data', { streaming: false, tokenized_path: null, ignore_pad_token_for_loss: true, dataloader_drop_last: false }),
  ...refuse('evaluation variants', { eval_on_each_dataset: false, compute_accuracy: false, predict_with_generate: false, do_predict: false, eval_delay: 0, eval_on_start: false }),
  ...refuse('checkpoint selection', { load_best_model_at_end: false, metric_for_best_model: null, greater_is_better: null, ignore_data_skip: false, restore_callback_states_from_checkpoint: false }),
  ...refuse('sampling and scheduling variants', { group_by_length: false, train_sampling_strategy: 'random', lr_scheduler_kwargs: null, data_seed: null, logging_strategy: 'steps' }),
  ...refuse('uploading to a hub (medtune runs offline)', { push_to_hub: false }),
  ...refuse('the deprecated per-GPU batch sizes (use per_device_train_batch_size)', { per_gpu_train_batch_size: null, per_gpu_eval_batch_size: null }),
  ...refuse('keeping thoughts of earlier turns', { preserve_thinking: false }),
]);
