// A small tables/ for the catalog page's tests: every vendor, a shared table, variants, an alias, templates, zh and en.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildModel } from '../../generator/model/build-model.js';
import type { PackageModel } from '../../generator/model/model.js';
import { schemaTables, SOURCES_HEADER, TEST_RELEASE } from '../helpers/tables.js';

const HEADER = 'code,http_status,message,description_zh,description_en,name,category,retryable';

export const CATALOG_FIXTURE: Readonly<Record<string, string>> = {
  'sources.csv': [
    SOURCES_HEADER,
    'common.csv,tencent-live,TencentLive,string,tencent-api3,云直播 CSS,live,错误码,公共错误码,zh,,sources/live.txt,https://cloud.tencent.com/document/product/267,,,',
    'live.csv,tencent-live,TencentLive,string,tencent-api3,云直播 CSS,live,错误码,业务错误码,zh,,sources/live.txt,https://cloud.tencent.com/document/product/267,,,',
    'common.csv,tencent-streamlive,TencentStreamLive,string,tencent-api3,StreamLive,mdl,Responses,Common Error Codes,en,2026-02-03,sources/streamlive.txt,,,,',
    'baidu.csv,baidu-vod,BaiduVod,string,bce,VOD,vod,错误返回,VOD错误返回码,zh,2025-08-22,sources/baidu.txt,,,,',
    'kingsoft.csv,kingsoft-live,KingsoftLive,string,kingsoft-openapi,金山云 云直播,live,返回结果,公共错误,zh,2022-01-17,sources/kingsoft.txt,,,,',
    'kingsoft-v1.csv,kingsoft-live,KingsoftLiveV1,integer,kingsoft-v1,金山云 云直播,live-v1,返回结果,特殊错误,zh,2022-01-17,sources/kingsoft.txt,,,,',
    'upyun.csv,upyun,Upyun,integer,upyun,又拍云 云存储,rest,API 错误码表,API 错误码表,zh,,sources/upyun.txt,,,,',
    '',
  ].join('\n'),
  'aliases.csv':
    'vendor,alias,code,source_file\nbaidu-vod,MediaException.MediaNotFound,MediaNotFound,sources/baidu.txt\n',
  'common.csv': [
    HEADER,
    'AuthFailure,,,认证失败。,Authentication failed.,AuthFailure,auth,false',
    'AuthFailure.SignatureExpire,,,签名过期。Timestamp 和服务器时间相差不得超过五分钟。,Signature expired.,AuthFailureSignatureExpire,auth,false',
    'AuthFailure.SignatureFailure,,,签名错误。,Signature error.,AuthFailureSignatureFailure,auth,false',
    'RequestLimitExceeded,,,请求的次数超过了频率限制。,The number of requests exceeds the frequency limit.,RequestLimitExceeded,rate-limit,true',
    'InternalError,,,内部错误。,Internal error.,InternalError,internal,true',
    '',
  ].join('\n'),
  'live.csv': [
    HEADER,
    'InternalError,,,内部错误,,InternalError,internal,true',
    'ResourceNotFound.DomainNotExist,,,域名不存在或不匹配。,,ResourceNotFoundDomainNotExist,not-found,false',
    '',
  ].join('\n'),
  'baidu.csv': [
    HEADER,
    'MediaNotFound,404,Media not found with mda-xxx,没有找到对应的媒资,,MediaNotFound,not-found,false',
    'MediaBanned,403,Media mda-xxx is banned,媒资被封禁,,MediaBanned,conflict,false',
    '',
  ].join('\n'),
  'kingsoft.csv': [
    HEADER,
    'SignatureNotMatch,400,The Signature is not matched,签名不匹配，与 AuthFailure 同义,,SignatureNotMatch,auth,false',
    'InvalidParameterValue,400,The input parameter value “%s” is not valid.,参数值错误,,InvalidParameterValue,invalid-request,false',
    'InvalidParameterValue,503,Service busy.,服务忙,,InvalidParameterValue,unavailable,true',
    '',
  ].join('\n'),
  'kingsoft-v1.csv': [
    HEADER,
    '1000,,lack of parameters,缺少必须参数,,LackOfParameters,invalid-request,false',
    '8201,,"<script>alert(1)</script> & ""quotes""",特殊字符,,SpecialCharacters,unknown,false',
    '',
  ].join('\n'),
  'upyun.csv': [
    HEADER,
    '40400001,404,file or directory not found,,,FileOrDirectoryNotFound,not-found,false',
    '40000000,400,bad request,,,BadRequest,invalid-request,false',
    '42900002,429,too many requests of the same uri,,,TooManyRequestsOfSameUri,rate-limit,true',
    '50000000,500,internal error,,,InternalError,internal,true',
    '',
  ].join('\n'),
};

/** The fixture's model, read from a temporary tables/ by the project's own front end; `dispose` removes the folder. */
export async function catalogFixtureModel(): Promise<{
  model: PackageModel;
  dispose: () => Promise<void>;
}> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'catalog-fixture-'));
  for (const [name, contents] of Object.entries(CATALOG_FIXTURE)) {
    await mkdir(path.dirname(path.join(root, 'tables', name)), { recursive: true });
    await writeFile(path.join(root, 'tables', name), contents);
  }
  // Tables without pages: typed by the schema alone, as build-model's own tests do.
  const model = buildModel(await schemaTables(path.join(root, 'tables')), TEST_RELEASE);
  return { model, dispose: () => rm(root, { recursive: true, force: true }) };
}
