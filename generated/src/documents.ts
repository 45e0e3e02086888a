// Generated from tables/sources.csv by npm run generate. Do not edit.
import type { VendorId } from './entry.js';

/** A section of a vendor document that the tables transcribe. */
export interface SourceDocument {
  readonly vendor: VendorId;
  /** The vendor and product, as the document names them. */
  readonly product: string;
  /** The document's title. */
  readonly document: string;
  /** The heading of the table in the document. */
  readonly section: string;
  readonly language: 'zh' | 'en';
  /** The document's own last-updated date, YYYY-MM-DD, where it gives one. */
  readonly date?: string;
  /** The vendor's documentation address, where a source gives one. */
  readonly url?: string;
}

/** Every vendor document section of the tables, in manifest order. */
export const DOCUMENTS: readonly SourceDocument[] = [
  {
    vendor: 'tencent-live',
    product: '腾讯云 云直播 CSS',
    document: '错误码',
    section: '公共错误码',
    language: 'zh',
    url: 'https://cloud.tencent.com/document/product/267',
  },
  {
    vendor: 'tencent-live',
    product: '腾讯云 云直播 CSS',
    document: '错误码',
    section: '业务错误码',
    language: 'zh',
    url: 'https://cloud.tencent.com/document/product/267',
  },
  {
    vendor: 'tencent-live',
    product: '腾讯云 云直播 CSS',
    document: 'tencentcloud-sdk-go live/v20180801/errors.go',
    section: '此产品的特有错误码',
    language: 'zh',
    date: '2026-08-21',
    url: 'https://github.com/TencentCloud/tencentcloud-sdk-go/blob/144f6c8d39e4/tencentcloud/live/v20180801/errors.go',
  },
  {
    vendor: 'tencent-live',
    product: '腾讯云 云直播 CSS',
    document: 'tencentcloud-sdk-go-intl-en live/v20180801/errors.go',
    section: 'error codes for specific actions',
    language: 'en',
    date: '2026-08-21',
    url: 'https://github.com/TencentCloud/tencentcloud-sdk-go-intl-en/blob/badc16e87d32/tencentcloud/live/v20180801/errors.go',
  },
  {
    vendor: 'tencent-streamlive',
    product: 'Tencent Cloud 媒体直播 StreamLive',
    document: 'Responses',
    section: 'Common Error Codes',
    language: 'en',
    date: '2026-02-03',
    url: 'https://www.tencentcloud.com/document/product/1048/36223',
  },
  {
    vendor: 'tencent-streamlive',
    product: 'Tencent Cloud 媒体直播 StreamLive',
    document: 'tencentcloud-sdk-go-intl-en mdl/v20200326/errors.go',
    section: 'error codes for specific actions',
    language: 'en',
    date: '2026-08-21',
    url: 'https://github.com/TencentCloud/tencentcloud-sdk-go-intl-en/blob/badc16e87d32/tencentcloud/mdl/v20200326/errors.go',
  },
  {
    vendor: 'baidu-vod',
    product: '百度智能云 智能点播平台 VOD',
    document: '错误返回',
    section: '公共错误码',
    language: 'zh',
    date: '2025-08-22',
    url: 'https://cloud.baidu.com/doc/VOD/s/1m057yiso',
  },
  {
    vendor: 'baidu-vod',
    product: '百度智能云 智能点播平台 VOD',
    document: '错误返回',
    section: 'VOD错误返回码',
    language: 'zh',
    date: '2025-08-22',
    url: 'https://cloud.baidu.com/doc/VOD/s/1m057yiso',
  },
  {
    vendor: 'kingsoft-live',
    product: '金山云 云直播',
    document: '返回结果',
    section: '公共错误',
    language: 'zh',
    date: '2022-01-17',
    url: 'https://docs.ksyun.com/documents/1077',
  },
  {
    vendor: 'kingsoft-live',
    product: '金山云 云直播',
    document: '返回结果',
    section: '特殊错误',
    language: 'zh',
    date: '2022-01-17',
    url: 'https://docs.ksyun.com/documents/1077',
  },
  {
    vendor: 'upyun',
    product: '又拍云 云存储',
    document: 'API 错误码表',
    section: 'API 错误码表',
    language: 'zh',
    url: 'https://help.upyun.com/knowledge-base/errno/',
  },
];
