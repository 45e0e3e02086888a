// Generated from tables/upyun.csv by npm run generate. Do not edit.
/**
 * Error codes of 又拍云 云存储 (API `rest`), as the error body carries them in `code`.
 *
 * Documents: API 错误码表 › API 错误码表.
 */
export enum UpyunErrorCode {
  /**
   * - HTTP status: 400
   * - Message: `storage bad request`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  StorageBadRequest = 40000000,
  /**
   * - HTTP status: 400
   * - Message: `need save-key`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  NeedSaveKey = 40000001,
  /**
   * - HTTP status: 400
   * - Message: `need body`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  NeedBody = 40000002,
  /**
   * - HTTP status: 400
   * - Message: `need bucket name`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  NeedBucketName = 40000003,
  /**
   * - HTTP status: 400
   * - Message: `need expiration`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  NeedExpiration = 40000004,
  /**
   * - HTTP status: 400
   * - Message: `need file`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  NeedFile = 40000005,
  /**
   * - HTTP status: 400
   * - Message: `content md5 not match`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  FormContentMd5NotMatch = 40000006,
  /**
   * - HTTP status: 400
   * - Message: `need policy`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  NeedPolicy = 40000007,
  /**
   * - HTTP status: 400
   * - Message: `need signature`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  NeedSignature = 40000008,
  /**
   * - HTTP status: 400
   * - Message: `decode policy error`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  DecodePolicyError = 40000009,
  /**
   * - HTTP status: 400
   * - Message: `data too long for ext-param`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  DataTooLongForExtParam = 40000010,
  /**
   * - HTTP status: 400
   * - Message: `chunked request bodies not supported yet`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  ChunkedRequestBodiesNotSupportedYet = 40000011,
  /**
   * - HTTP status: 400
   * - Message: `write file to fs error`
   * - Category: `internal`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  WriteFileToFsError = 40000012,
  /**
   * - HTTP status: 400
   * - Message: `need content-md5 but no body provided`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  NeedContentMd5ButNoBodyProvided = 40000013,
  /**
   * - HTTP status: 400
   * - Message: `need content-md5 but no content provided`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  NeedContentMd5ButNoContentProvided = 40000014,
  /**
   * - HTTP status: 400
   * - Message: `missing required arguments`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  MissingRequiredArguments = 40000015,
  /**
   * - HTTP status: 400
   * - Message: `missing file_hash argument`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  MissingFileHashArgument = 40000016,
  /**
   * - HTTP status: 400
   * - Message: `missing file_blocks argument`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  MissingFileBlocksArgument = 40000017,
  /**
   * - HTTP status: 400
   * - Message: `too many file blocks`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  TooManyFileBlocks = 40000018,
  /**
   * - HTTP status: 400
   * - Message: `missing file_size argument`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  MissingFileSizeArgument = 40000019,
  /**
   * - HTTP status: 400
   * - Message: `missing save_token argument`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  MissingSaveTokenArgument = 40000020,
  /**
   * - HTTP status: 400
   * - Message: `missing block_index argument`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  MissingBlockIndexArgument = 40000021,
  /**
   * - HTTP status: 400
   * - Message: `missing block_hash argument`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  MissingBlockHashArgument = 40000022,
  /**
   * - HTTP status: 400
   * - Message: `block already exists`
   * - Category: `conflict`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  BlockAlreadyExists = 40000023,
  /**
   * - HTTP status: 400
   * - Message: `block not finished`
   * - Category: `conflict`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  BlockNotFinished = 40000024,
  /**
   * - HTTP status: 400
   * - Message: `file size not match`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  FileSizeNotMatch = 40000025,
  /**
   * - HTTP status: 400
   * - Message: `block index out of range`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  BlockIndexOutOfRange = 40000026,
  /**
   * - HTTP status: 400
   * - Message: `block size too small, at least 100KB`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  BlockSizeTooSmall = 40000027,
  /**
   * - HTTP status: 400
   * - Message: `block size too large, at most 5MB`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  BlockSizeTooLarge = 40000028,
  /**
   * - HTTP status: 400
   * - Message: `path encoding should be utf8`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  PathEncodingShouldBeUtf8 = 40000030,
  /**
   * - HTTP status: 400
   * - Message: `filename should be utf8`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  FilenameShouldBeUtf8 = 40000031,
  /**
   * - HTTP status: 400
   * - Message: `ffmpeg args error`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  FfmpegArgsError = 40000032,
  /**
   * - HTTP status: 400
   * - Message: `failed to read firstchunk`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  FailedToReadFirstChunk = 40000033,
  /**
   * - HTTP status: 400
   * - Message: `client error`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  ClientError = 40000034,
  /**
   * - HTTP status: 400
   * - Message: `need purge body`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  NeedPurgeBody = 40000035,
  /**
   * - HTTP status: 400
   * - Message: `uri bucket must be same as param bucket`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  UriBucketMustBeSameAsParamBucket = 40000036,
  /**
   * - HTTP status: 400
   * - Message: `unknown service`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  UnknownService = 40000037,
  /**
   * - HTTP status: 400
   * - Message: `no boundary defined in Content-Type`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  NoBoundaryDefinedInContentType = 40000038,
  /**
   * - HTTP status: 400
   * - Message: `Content-Length is equal to 0`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  ContentLengthIsZero = 40000039,
  /**
   * - HTTP status: 400
   * - Message: `source bucket not equal target bucket`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  SourceBucketNotEqualTargetBucket = 40000040,
  /**
   * - HTTP status: 400
   * - Message: `source key equals to target key`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  SourceKeyEqualsToTargetKey = 40000041,
  /**
   * - HTTP status: 400
   * - Message: `source key wrong`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  SourceKeyWrong = 40000042,
  /**
   * - HTTP status: 400
   * - Message: `need metadata`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  NeedMetadata = 40000044,
  /**
   * - HTTP status: 400
   * - Message: `wrong uri`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  WrongUri = 40001000,
  /**
   * - HTTP status: 400
   * - Message: `wrong content-md5`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  WrongContentMd5 = 40001001,
  /**
   * - HTTP status: 400
   * - Message: `meta invalid`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  MetaInvalid = 40001003,
  /**
   * - HTTP status: 400
   * - Message: `folder args invalid`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  FolderArgsInvalid = 40001004,
  /**
   * - HTTP status: 400
   * - Message: `iter args invalid`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  IterArgsInvalid = 40001005,
  /**
   * - HTTP status: 400
   * - Message: `type invalid`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  TypeInvalid = 40001006,
  /**
   * - HTTP status: 400
   * - Message: `block invalid`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  BlockInvalid = 40001007,
  /**
   * - HTTP status: 400
   * - Message: `list type not support`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  ListTypeNotSupport = 40001008,
  /**
   * - HTTP status: 400
   * - Message: `invalid update time`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidUpdateTime = 40001009,
  /**
   * - HTTP status: 400
   * - Message: `invalid append position`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidAppendPosition = 40001011,
  /**
   * - HTTP status: 400
   * - Message: `invalid utf8 key`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidUtf8Key = 40001021,
  /**
   * - HTTP status: 400
   * - Message: `wrong multipart action`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  WrongMultipartAction = 40001022,
  /**
   * - HTTP status: 400
   * - Message: `wrong multipart uuid`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  WrongMultipartUuid = 40001023,
  /**
   * - HTTP status: 400
   * - Message: `wrong multipart type`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  WrongMultipartType = 40001024,
  /**
   * - HTTP status: 400
   * - Message: `wrong multipart length`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  WrongMultipartLength = 40001025,
  /**
   * - HTTP status: 400
   * - Message: `wrong multipart size`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  WrongMultipartSize = 40001027,
  /**
   * - HTTP status: 400
   * - Message: `wrong multipart part id`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  WrongMultipartPartId = 40001030,
  /**
   * - HTTP status: 400
   * - Message: `duplicate multipart part`
   * - Category: `conflict`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  DuplicateMultipartPart = 40001031,
  /**
   * - HTTP status: 400
   * - Message: `oversize multipart part`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  OversizeMultipartPart = 40001032,
  /**
   * - HTTP status: 400
   * - Message: `overflow multipart part`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  OverflowMultipartPart = 40001033,
  /**
   * - HTTP status: 400
   * - Message: `unexpect multipart length`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  UnexpectMultipartLength = 40001034,
  /**
   * - HTTP status: 400
   * - Message: `notfound multipart uuid`
   * - Category: `not-found`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  NotfoundMultipartUuid = 40001035,
  /**
   * - HTTP status: 400
   * - Message: `completed multipart`
   * - Category: `conflict`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  CompletedMultipart = 40001036,
  /**
   * - HTTP status: 400
   * - Message: `incomplete multipart parts`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  IncompleteMultipartParts = 40001037,
  /**
   * - HTTP status: 400
   * - Message: `invalid append file`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidAppendFile = 40001038,
  /**
   * - HTTP status: 400
   * - Message: `request wrong type`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  RequestWrongType = 40001041,
  /**
   * - HTTP status: 400
   * - Message: `request wrong timestamp`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  RequestWrongTimestamp = 40001042,
  /**
   * - HTTP status: 400
   * - Message: `request wrong column`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  RequestWrongColumn = 40001043,
  /**
   * - HTTP status: 400
   * - Message: `request wrong list`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  RequestWrongList = 40001044,
  /**
   * - HTTP status: 400
   * - Message: `not found`
   * - Category: `not-found`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  NotFound = 40001045,
  /**
   * - HTTP status: 400
   * - Message: `wrong length`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  WrongLength = 40001046,
  /**
   * - HTTP status: 400
   * - Message: `wrong check column`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  WrongCheckColumn = 40001047,
  /**
   * - HTTP status: 400
   * - Message: `encode data error`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  EncodeDataError = 40001051,
  /**
   * - HTTP status: 400
   * - Message: `decode data error`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  DecodeDataError = 40001052,
  /**
   * 在上传这个文件的这段时间内,服务端的文件被修改了。类似打开文件编辑后保存,编辑器提醒你文件已经被修改了
   *
   * - HTTP status: 400
   * - Message: `record has been changed`
   * - Category: `conflict`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  RecordHasBeenChanged = 40001055,
  /**
   * - HTTP status: 400
   * - Message: `wrong range`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  WrongRange = 40001161,
  /**
   * - HTTP status: 400
   * - Message: `not enough arguments`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  NotEnoughArguments = 40010001,
  /**
   * - HTTP status: 400
   * - Message: `url not allowed`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  UrlNotAllowed = 40010002,
  /**
   * - HTTP status: 400
   * - Message: `tasks number error`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  TasksNumberError = 40010003,
  /**
   * - HTTP status: 400
   * - Message: `only 1~10 tasks supported in get`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  OnlyOneToTenTasksSupportedInGet = 40010029,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-av-b header`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXAvBHeader = 40010030,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-av-ac header`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXAvAcHeader = 40010031,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-av-f header`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXAvFHeader = 40010032,
  /**
   * - HTTP status: 400
   * - Message: `decode tasks error`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  DecodeTasksError = 40010033,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-gmkerl-type`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXGmkerlType = 40011001,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-gmkerl-value`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXGmkerlValue = 40011002,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-gmkerl-unsharp`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXGmkerlUnsharp = 40011003,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-gmkerl-quality`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXGmkerlQuality = 40011004,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-gmkerl-exif-switch`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXGmkerlExifSwitch = 40011005,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-gmkerl-gifto`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXGmkerlGifto = 40011006,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-gmkerl-webp`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXGmkerlWebp = 40011007,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-gmkerl-format`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXGmkerlFormat = 40011008,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-gmkerl-crop`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXGmkerlCrop = 40011009,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-gmkerl-rotate`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXGmkerlRotate = 40011010,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-gmkerl-gaussblur`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXGmkerlGaussblur = 40011011,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-gmkerl-compress`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXGmkerlCompress = 40011012,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-gmkerl-progressive`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXGmkerlProgressive = 40011013,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-gmkerl-noicc`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXGmkerlNoicc = 40011014,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-gmkerl-watermark-switch`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXGmkerlWatermarkSwitch = 40011015,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-gmkerl-watermark-align`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXGmkerlWatermarkAlign = 40011016,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-gmkerl-watermark-margin`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXGmkerlWatermarkMargin = 40011017,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-gmkerl-watermark-opacity`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXGmkerlWatermarkOpacity = 40011018,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-gmkerl-watermark-animate`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXGmkerlWatermarkAnimate = 40011019,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-gmkerl-watermark-font`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXGmkerlWatermarkFont = 40011020,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-gmkerl-watermark-text`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXGmkerlWatermarkText = 40011021,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-gmkerl-watermark-color`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXGmkerlWatermarkColor = 40011022,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-gmkerl-watermark-border`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXGmkerlWatermarkBorder = 40011023,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-gmkerl-watermark-size`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXGmkerlWatermarkSize = 40011024,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-gmkerl-gradient-orientation`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXGmkerlGradientOrientation = 40011025,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-gmkerl-gradient-pos`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXGmkerlGradientPos = 40011026,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-gmkerl-gradient-startcolor`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXGmkerlGradientStartcolor = 40011027,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-gmkerl-gradient-stopcolor`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXGmkerlGradientStopcolor = 40011028,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-gmkerl-extract-func`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXGmkerlExtractFunc = 40011029,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-gmkerl-extract-color-count`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXGmkerlExtractColorCount = 40011030,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-gmkerl-extract-offset`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXGmkerlExtractOffset = 40011031,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-gmkerl-extract-palette`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXGmkerlExtractPalette = 40011032,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-gmkerl-canvas`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXGmkerlCanvas = 40011033,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-gmkerl-canvas-color`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXGmkerlCanvasColor = 40011034,
  /**
   * - HTTP status: 400
   * - Message: `invalid param in thumb`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidParamInThumb = 40011035,
  /**
   * - HTTP status: 400
   * - Message: `invalid app name`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidAppName40011050 = 40011050,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-upyun-part-id`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXUpyunPartId = 40011051,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-upyun-multi-length`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXUpyunMultiLength = 40011052,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-upyun-multi-type`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXUpyunMultiType = 40011053,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-upyun-part-size`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXUpyunPartSize = 40011054,
  /**
   * - HTTP status: 400
   * - Message: `invalid multipart stage`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidMultipartStage = 40011055,
  /**
   * - HTTP status: 400
   * - Message: `invalid x-upyun-multi-uuid`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidXUpyunMultiUuid = 40011056,
  /**
   * - HTTP status: 400
   * - Message: `invalid UTF8 Key`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  MultipartInvalidUtf8Key = 40011057,
  /**
   * - HTTP status: 400
   * - Message: `x-upyun-multi-uuid not found`
   * - Category: `not-found`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  XUpyunMultiUuidNotFound = 40011058,
  /**
   * - HTTP status: 400
   * - Message: `file already upload`
   * - Category: `conflict`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  FileAlreadyUpload = 40011059,
  /**
   * - HTTP status: 400
   * - Message: `file md5 not match`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  FileMd5NotMatch = 40011060,
  /**
   * - HTTP status: 400
   * - Message: `part id error`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  PartIdError = 40011061,
  /**
   * - HTTP status: 400
   * - Message: `part already complete`
   * - Category: `conflict`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  PartAlreadyComplete = 40011062,
  /**
   * - HTTP status: 400
   * - Message: `invalid app name`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidAppName40011091 = 40011091,
  /**
   * - HTTP status: 400
   * - Message: `invalid file ttl`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidFileTtl = 40011092,
  /**
   * - HTTP status: 401
   * - Message: `need date header`
   * - Category: `auth`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  NeedDateHeader = 40100001,
  /**
   * - HTTP status: 401
   * - Message: `date offset error`
   * - Category: `auth`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  DateOffsetError = 40100002,
  /**
   * - HTTP status: 401
   * - Message: `unknown realm in authorization header`
   * - Category: `auth`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  UnknownRealmInAuthorizationHeader = 40100003,
  /**
   * - HTTP status: 401
   * - Message: `need authorization header`
   * - Category: `auth`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  NeedAuthorizationHeader = 40100004,
  /**
   * - HTTP status: 401
   * - Message: `signature error`
   * - Category: `auth`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  SignatureError = 40100005,
  /**
   * - HTTP status: 401
   * - Message: `user not exists`
   * - Category: `auth`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  UserNotExists = 40100006,
  /**
   * - HTTP status: 401
   * - Message: `user blocked`
   * - Category: `permission`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  UserBlocked = 40100007,
  /**
   * - HTTP status: 401
   * - Message: `user blocked in this bucket`
   * - Category: `permission`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  UserBlockedInThisBucket = 40100008,
  /**
   * - HTTP status: 401
   * - Message: `user password error`
   * - Category: `auth`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  UserPasswordError = 40100009,
  /**
   * - HTTP status: 401
   * - Message: `account not exist`
   * - Category: `auth`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  AccountNotExist = 40100010,
  /**
   * - HTTP status: 401
   * - Message: `account blocked`
   * - Category: `permission`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  AccountBlocked = 40100011,
  /**
   * - HTTP status: 401
   * - Message: `bucket not exist`
   * - Category: `not-found`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  BucketNotExist = 40100012,
  /**
   * - HTTP status: 401
   * - Message: `bucket blocked`
   * - Category: `permission`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  BucketBlocked = 40100013,
  /**
   * - HTTP status: 401
   * - Message: `bucket removed`
   * - Category: `not-found`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  BucketRemoved = 40100014,
  /**
   * - HTTP status: 401
   * - Message: `bucket read only`
   * - Category: `permission`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  BucketReadOnly = 40100015,
  /**
   * - HTTP status: 401
   * - Message: `invalid date value in header`
   * - Category: `auth`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidDateValueInHeader = 40100016,
  /**
   * - HTTP status: 401
   * - Message: `user need permission`
   * - Category: `permission`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  UserNeedPermission = 40100017,
  /**
   * - HTTP status: 401
   * - Message: `account inactivate`
   * - Category: `permission`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  AccountInactivate = 40100018,
  /**
   * - HTTP status: 401
   * - Message: `account forbidden`
   * - Category: `permission`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  AccountForbidden = 40100019,
  /**
   * - HTTP status: 401
   * - Message: `account reject`
   * - Category: `permission`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  AccountReject = 40100020,
  /**
   * - HTTP status: 401
   * - Message: `overdue account`
   * - Category: `permission`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  OverdueAccount = 40100021,
  /**
   * - HTTP status: 401
   * - Message: `uri prefix error`
   * - Category: `auth`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  UriPrefixError = 40100022,
  /**
   * - HTTP status: 401
   * - Message: `uri postfix error`
   * - Category: `auth`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  UriPostfixError = 40100023,
  /**
   * - HTTP status: 401
   * - Message: `expire error`
   * - Category: `auth`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  ExpireError = 40100024,
  /**
   * - HTTP status: 401
   * - Message: `auth error`
   * - Category: `auth`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  AuthError = 40100025,
  /**
   * - HTTP status: 403
   * - Message: `file name contains invalid chars (\r\n\t)`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  FileNameContainsInvalidChars = 40300001,
  /**
   * - HTTP status: 403
   * - Message: `file path too long`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  FilePathTooLong = 40300002,
  /**
   * - HTTP status: 403
   * - Message: `file name too long`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  FileNameTooLong = 40300003,
  /**
   * - HTTP status: 403
   * - Message: `bucket is full`
   * - Category: `quota`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  BucketIsFull = 40300004,
  /**
   * - HTTP status: 403
   * - Message: `directory not empty`
   * - Category: `conflict`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  DirectoryNotEmpty = 40300005,
  /**
   * - HTTP status: 403
   * - Message: `authorization has expired`
   * - Category: `auth`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  AuthorizationHasExpired = 40300006,
  /**
   * - HTTP status: 403
   * - Message: `content md5 not match`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  ContentMd5NotMatch = 40300007,
  /**
   * - HTTP status: 403
   * - Message: `file too small`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  FileTooSmall = 40300008,
  /**
   * - HTTP status: 403
   * - Message: `file too large`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  FileTooLarge = 40300009,
  /**
   * - HTTP status: 403
   * - Message: `file type error`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  FileTypeError = 40300010,
  /**
   * - HTTP status: 403
   * - Message: `has no permission to delete`
   * - Category: `permission`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  HasNoPermissionToDelete = 40300011,
  /**
   * - HTTP status: 403
   * - Message: `need content-type`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  NeedContentType = 40300012,
  /**
   * - HTTP status: 403
   * - Message: `form api disabled`
   * - Category: `permission`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  FormApiDisabled = 40300013,
  /**
   * - HTTP status: 403
   * - Message: `order must be asc or desc`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  OrderMustBeAscOrDesc = 40300014,
  /**
   * - HTTP status: 403
   * - Message: `path is not a file, maybe a directory`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  PathIsNotAFile = 40300015,
  /**
   * - HTTP status: 403
   * - Message: `content-secret only accept [a-zA-Z0-9]`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  ContentSecretOnlyAcceptsAlphanumerics = 40300016,
  /**
   * - HTTP status: 403
   * - Message: `no thumb setting found for bucket`
   * - Category: `not-found`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  NoThumbSettingFoundForBucket = 40300017,
  /**
   * - HTTP status: 403
   * - Message: `not an image`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  NotAnImage = 40300018,
  /**
   * - HTTP status: 403
   * - Message: `image width too small or too big`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  ImageWidthTooSmallOrTooBig = 40300019,
  /**
   * - HTTP status: 403
   * - Message: `image height too small or too big`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  ImageHeightTooSmallOrTooBig = 40300020,
  /**
   * - HTTP status: 403
   * - Message: `image limit exceeded`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  ImageLimitExceeded = 40300021,
  /**
   * - HTTP status: 403
   * - Message: `invalid image-width-range`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  InvalidImageWidthRange = 40300022,
  /**
   * - HTTP status: 403
   * - Message: `exceed max size`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  ExceedMaxSize = 40300024,
  /**
   * - HTTP status: 403
   * - Message: `wrong content-type header`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  WrongContentTypeHeader = 40300025,
  /**
   * - HTTP status: 403
   * - Message: `need content-length header`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  NeedContentLengthHeader = 40300026,
  /**
   * - HTTP status: 403
   * - Message: `request body too big`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  RequestBodyTooBig = 40300027,
  /**
   * - HTTP status: 403
   * - Message: `request has expired`
   * - Category: `auth`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  RequestHasExpired = 40300028,
  /**
   * - HTTP status: 403
   * - Message: `content-length of policy format error`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  ContentLengthOfPolicyFormatError = 40300035,
  /**
   * - HTTP status: 404
   * - Message: `file or directory not found`
   * - Category: `not-found`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  FileOrDirectoryNotFound = 40400001,
  /**
   * - HTTP status: 404
   * - Message: `base64 decoded err`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  Base64DecodedErr = 40400002,
  /**
   * - HTTP status: 404
   * - Message: `Not found, mark as deleted`
   * - Category: `not-found`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  NotFoundMarkedAsDeleted = 40401004,
  /**
   * - HTTP status: 404
   * - Message: `Not found, block deleted`
   * - Category: `not-found`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  NotFoundBlockDeleted = 40401005,
  /**
   * - HTTP status: 404
   * - Message: `type invalid`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  NotFoundTypeInvalid = 40401006,
  /**
   * - HTTP status: 406
   * - Message: `dir not acceptable`
   * - Category: `conflict`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  DirNotAcceptable = 40600001,
  /**
   * - HTTP status: 406
   * - Message: `folder already exists`
   * - Category: `conflict`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  FolderAlreadyExists = 40600002,
  /**
   * - HTTP status: 406
   * - Message: `single-copy bucket not support form api`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  SingleCopyBucketNotSupportFormApi = 40600003,
  /**
   * - HTTP status: 408
   * - Message: `read client request timeout`
   * - Category: `unavailable`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  ReadClientRequestTimeout = 40800001,
  /**
   * - HTTP status: 412
   * - Message: `precondition failed`
   * - Category: `conflict`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  PreconditionFailed = 41200001,
  /**
   * - HTTP status: 413
   * - Message: `content length too large`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  ContentLengthTooLarge = 41300001,
  /**
   * - HTTP status: 415
   * - Message: `media type error, need content-type`
   * - Category: `invalid-request`, not retryable
   * - Document: API 错误码表 › API 错误码表
   */
  MediaTypeErrorNeedContentType = 41500001,
  /**
   * - HTTP status: 429
   * - Message: `too many requests`
   * - Category: `rate-limit`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  TooManyRequests = 42900001,
  /**
   * - HTTP status: 429
   * - Message: `too many requests of the same uri`
   * - Category: `rate-limit`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  TooManyRequestsOfTheSameUri = 42900002,
  /**
   * - HTTP status: 429
   * - Message: `request banned`
   * - Category: `rate-limit`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  RequestBanned = 42900004,
  /**
   * - HTTP status: 429
   * - Message: `bandwidth limit`
   * - Category: `rate-limit`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  BandwidthLimit = 42900005,
  /**
   * - HTTP status: 429
   * - Message: `too many auth check`
   * - Category: `rate-limit`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  TooManyAuthCheck = 42900006,
  /**
   * - HTTP status: 429
   * - Message: `concurrent put or delete`
   * - Category: `rate-limit`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  ConcurrentPutOrDelete = 42900007,
  /**
   * - HTTP status: 429
   * - Message: `too many meta requests`
   * - Category: `rate-limit`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  TooManyMetaRequests = 42900008,
  /**
   * - HTTP status: 444
   * - Message: `client abort`
   * - Category: `unavailable`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  ClientAbort = 44400003,
  /**
   * - HTTP status: 444
   * - Message: `put capture broken pipe`
   * - Category: `unavailable`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  PutCaptureBrokenPipe = 44400004,
  /**
   * - HTTP status: 444
   * - Message: `connection reset by client`
   * - Category: `unavailable`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  ConnectionResetByClient = 44400005,
  /**
   * - HTTP status: 503
   * - Message: `unknown error`
   * - Category: `internal`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  UnknownError = 50300000,
  /**
   * - HTTP status: 503
   * - Message: `decode error`
   * - Category: `internal`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  DecodeError = 50300002,
  /**
   * 同一秒内同一个文件只能执行一次修改操作
   *
   * - HTTP status: 503
   * - Message: `capture file from fs error`
   * - Category: `rate-limit`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  CaptureFileFromFsError = 50300007,
  /**
   * - HTTP status: 503
   * - Message: `get body temp file error`
   * - Category: `internal`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  GetBodyTempFileError = 50300009,
  /**
   * - HTTP status: 503
   * - Message: `read body temp file error`
   * - Category: `internal`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  ReadBodyTempFileError = 50300010,
  /**
   * - HTTP status: 503
   * - Message: `capture file from ffmpeg error`
   * - Category: `internal`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  CaptureFileFromFfmpegError = 50300011,
  /**
   * - HTTP status: 503
   * - Message: `service error in thumb`
   * - Category: `internal`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  ServiceErrorInThumb = 50300012,
  /**
   * 内部服务超时了
   *
   * - HTTP status: 503
   * - Message: `put file capture timeout`
   * - Category: `unavailable`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  PutFileCaptureTimeout = 50300013,
  /**
   * - HTTP status: 503
   * - Message: `get client socket error`
   * - Category: `internal`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  GetClientSocketError = 50300014,
  /**
   * - HTTP status: 503
   * - Message: `decode image info error`
   * - Category: `internal`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  DecodeImageInfoError = 50300015,
  /**
   * - HTTP status: 503
   * - Message: `get image info error`
   * - Category: `internal`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  GetImageInfoError = 50300016,
  /**
   * - HTTP status: 503
   * - Message: `failed to new md5`
   * - Category: `internal`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  FailedToNewMd5 = 50300017,
  /**
   * - HTTP status: 503
   * - Message: `failed to new form`
   * - Category: `internal`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  FailedToNewForm = 50300018,
  /**
   * - HTTP status: 503
   * - Message: `put file capture error`
   * - Category: `internal`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  PutFileCaptureError = 50300020,
  /**
   * - HTTP status: 503
   * - Message: `new resource error`
   * - Category: `internal`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  NewResourceError50300022 = 50300022,
  /**
   * - HTTP status: 503
   * - Message: `connect to db error`
   * - Category: `unavailable`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  ConnectToDbError50300023 = 50300023,
  /**
   * - HTTP status: 503
   * - Message: `get master failed`
   * - Category: `internal`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  GetMasterFailed = 50300024,
  /**
   * - HTTP status: 503
   * - Message: `write info error`
   * - Category: `internal`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  WriteInfoError = 50300025,
  /**
   * - HTTP status: 503
   * - Message: `get data error`
   * - Category: `internal`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  GetDataError = 50300026,
  /**
   * - HTTP status: 503
   * - Message: `put file to fs error`
   * - Category: `internal`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  PutFileToFsError = 50300027,
  /**
   * - HTTP status: 503
   * - Message: `get file from fs error`
   * - Category: `internal`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  GetFileFromFsError = 50300028,
  /**
   * - HTTP status: 503
   * - Message: `unknow error`
   * - Category: `internal`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  UnknowError = 50300029,
  /**
   * - HTTP status: 503
   * - Message: `upstream closed connection`
   * - Category: `unavailable`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  UpstreamClosedConnection = 50300030,
  /**
   * - HTTP status: 503
   * - Message: `read upstream timeout`
   * - Category: `unavailable`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  ReadUpstreamTimeout = 50300031,
  /**
   * - HTTP status: 503
   * - Message: `wrong data`
   * - Category: `internal`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  WrongData = 50300032,
  /**
   * - HTTP status: 503
   * - Message: `new resource error`
   * - Category: `internal`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  NewResourceError50300033 = 50300033,
  /**
   * - HTTP status: 503
   * - Message: `get info errors`
   * - Category: `internal`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  GetInfoErrors = 50300034,
  /**
   * - HTTP status: 503
   * - Message: `send to kafka error`
   * - Category: `internal`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  SendToKafkaError = 50300036,
  /**
   * - HTTP status: 503
   * - Message: `failed to new httpipe`
   * - Category: `internal`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  FailedToNewHttpipe = 50300038,
  /**
   * - HTTP status: 503
   * - Message: `failed to get client body reader`
   * - Category: `internal`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  FailedToGetClientBodyReader = 50300039,
  /**
   * - HTTP status: 503
   * - Message: `wrong config`
   * - Category: `internal`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  WrongConfig = 50300040,
  /**
   * - HTTP status: 503
   * - Message: `connect to db error`
   * - Category: `unavailable`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  ConnectToDbError50300041 = 50300041,
  /**
   * - HTTP status: 503
   * - Message: `delete path error`
   * - Category: `internal`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  DeletePathError = 50300042,
  /**
   * - HTTP status: 503
   * - Message: `put task to nsq error`
   * - Category: `internal`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  PutTaskToNsqError = 50300043,
  /**
   * - HTTP status: 503
   * - Message: `avalon list dir error`
   * - Category: `internal`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  AvalonListDirError = 50300044,
  /**
   * - HTTP status: 599
   * - Message: `sync call timeout`
   * - Category: `unavailable`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  SyncCallTimeout = 59900001,
  /**
   * - HTTP status: 599
   * - Message: `sync call closed by target`
   * - Category: `unavailable`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  SyncCallClosedByTarget = 59900002,
  /**
   * - HTTP status: 599
   * - Message: `sync call failed`
   * - Category: `internal`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  SyncCallFailed = 59900003,
  /**
   * - HTTP status: 599
   * - Message: `purge timeout`
   * - Category: `unavailable`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  PurgeTimeout = 59900004,
  /**
   * - HTTP status: 599
   * - Message: `purge closed by target`
   * - Category: `unavailable`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  PurgeClosedByTarget = 59900005,
  /**
   * - HTTP status: 599
   * - Message: `purge call failed`
   * - Category: `internal`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  PurgeCallFailed = 59900006,
  /**
   * - HTTP status: 599
   * - Message: `async delete fail`
   * - Category: `internal`, retryable
   * - Document: API 错误码表 › API 错误码表
   */
  AsyncDeleteFail = 59900007,
}

/** A code of {@link UpyunErrorCode} as a literal number, usable without the enum. */
export type UpyunErrorCodeValue =
  | 40000000
  | 40000001
  | 40000002
  | 40000003
  | 40000004
  | 40000005
  | 40000006
  | 40000007
  | 40000008
  | 40000009
  | 40000010
  | 40000011
  | 40000012
  | 40000013
  | 40000014
  | 40000015
  | 40000016
  | 40000017
  | 40000018
  | 40000019
  | 40000020
  | 40000021
  | 40000022
  | 40000023
  | 40000024
  | 40000025
  | 40000026
  | 40000027
  | 40000028
  | 40000030
  | 40000031
  | 40000032
  | 40000033
  | 40000034
  | 40000035
  | 40000036
  | 40000037
  | 40000038
  | 40000039
  | 40000040
  | 40000041
  | 40000042
  | 40000044
  | 40001000
  | 40001001
  | 40001003
  | 40001004
  | 40001005
  | 40001006
  | 40001007
  | 40001008
  | 40001009
  | 40001011
  | 40001021
  | 40001022
  | 40001023
  | 40001024
  | 40001025
  | 40001027
  | 40001030
  | 40001031
  | 40001032
  | 40001033
  | 40001034
  | 40001035
  | 40001036
  | 40001037
  | 40001038
  | 40001041
  | 40001042
  | 40001043
  | 40001044
  | 40001045
  | 40001046
  | 40001047
  | 40001051
  | 40001052
  | 40001055
  | 40001161
  | 40010001
  | 40010002
  | 40010003
  | 40010029
  | 40010030
  | 40010031
  | 40010032
  | 40010033
  | 40011001
  | 40011002
  | 40011003
  | 40011004
  | 40011005
  | 40011006
  | 40011007
  | 40011008
  | 40011009
  | 40011010
  | 40011011
  | 40011012
  | 40011013
  | 40011014
  | 40011015
  | 40011016
  | 40011017
  | 40011018
  | 40011019
  | 40011020
  | 40011021
  | 40011022
  | 40011023
  | 40011024
  | 40011025
  | 40011026
  | 40011027
  | 40011028
  | 40011029
  | 40011030
  | 40011031
  | 40011032
  | 40011033
  | 40011034
  | 40011035
  | 40011050
  | 40011051
  | 40011052
  | 40011053
  | 40011054
  | 40011055
  | 40011056
  | 40011057
  | 40011058
  | 40011059
  | 40011060
  | 40011061
  | 40011062
  | 40011091
  | 40011092
  | 40100001
  | 40100002
  | 40100003
  | 40100004
  | 40100005
  | 40100006
  | 40100007
  | 40100008
  | 40100009
  | 40100010
  | 40100011
  | 40100012
  | 40100013
  | 40100014
  | 40100015
  | 40100016
  | 40100017
  | 40100018
  | 40100019
  | 40100020
  | 40100021
  | 40100022
  | 40100023
  | 40100024
  | 40100025
  | 40300001
  | 40300002
  | 40300003
  | 40300004
  | 40300005
  | 40300006
  | 40300007
  | 40300008
  | 40300009
  | 40300010
  | 40300011
  | 40300012
  | 40300013
  | 40300014
  | 40300015
  | 40300016
  | 40300017
  | 40300018
  | 40300019
  | 40300020
  | 40300021
  | 40300022
  | 40300024
  | 40300025
  | 40300026
  | 40300027
  | 40300028
  | 40300035
  | 40400001
  | 40400002
  | 40401004
  | 40401005
  | 40401006
  | 40600001
  | 40600002
  | 40600003
  | 40800001
  | 41200001
  | 41300001
  | 41500001
  | 42900001
  | 42900002
  | 42900004
  | 42900005
  | 42900006
  | 42900007
  | 42900008
  | 44400003
  | 44400004
  | 44400005
  | 50300000
  | 50300002
  | 50300007
  | 50300009
  | 50300010
  | 50300011
  | 50300012
  | 50300013
  | 50300014
  | 50300015
  | 50300016
  | 50300017
  | 50300018
  | 50300020
  | 50300022
  | 50300023
  | 50300024
  | 50300025
  | 50300026
  | 50300027
  | 50300028
  | 50300029
  | 50300030
  | 50300031
  | 50300032
  | 50300033
  | 50300034
  | 50300036
  | 50300038
  | 50300039
  | 50300040
  | 50300041
  | 50300042
  | 50300043
  | 50300044
  | 59900001
  | 59900002
  | 59900003
  | 59900004
  | 59900005
  | 59900006
  | 59900007;
