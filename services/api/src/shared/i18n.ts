/** The languages the API answers in; Simplified Chinese is the default. */
export type Lang = 'zh' | 'en';

/** Picks the language from an Accept-Language header (or `?lang=`), Chinese unless English is preferred. */
export function pickLang(header: string | undefined | null): Lang {
  if (!header) return 'zh';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh';
}

type Params = Record<string, string | number>;
type Entry = { zh: string; en: string };

/** Message catalogue for everything a user may read in an API error. */
const messages = {
  internal: {
    zh: '服务器内部错误，请稍后重试或联系管理员。',
    en: 'Internal server error; please retry later or contact the administrator.',
  },
  notFound: { zh: '{entity} {id} 不存在。', en: '{entity} {id} does not exist.' },
  'entity.division': { zh: '辖区', en: 'Division' },
  'entity.facility': { zh: '养老服务设施', en: 'Facility' },
  'entity.medical': { zh: '医疗机构', en: 'Medical institution' },
  'entity.agreement': { zh: '签约协议', en: 'Agreement' },
  'entity.residentialArea': { zh: '居住区', en: 'Residential area' },
  invalidInput: { zh: '输入有误，请按提示修改。', en: 'The input is invalid; see the field errors.' },
  versionConflict: {
    zh: '该记录已被他人修改（当前版本 {current}，您提交的版本 {given}），请刷新后重试。',
    en: 'Someone else changed this record first (current version {current}, yours {given}); reload and try again.',
  },
  versionConflictConcurrent: {
    zh: '该记录刚被他人同时修改，您的修改未保存，请刷新后重试。',
    en: 'Someone else changed this record at the same moment; your change was not saved. Reload and try again.',
  },
  'field.required': { zh: '必填。', en: 'Required.' },
  'field.tooLong': { zh: '不能超过 {max} 个字符。', en: 'At most {max} characters.' },
  'field.negative': { zh: '不能为负数。', en: 'Must not be negative.' },
  'field.notInteger': { zh: '必须是整数。', en: 'Must be a whole number.' },
  'field.tooLarge': { zh: '不能大于 {max}。', en: 'Must not exceed {max}.' },
  'field.occupiedOverBeds': {
    zh: '在住人数（{occupied}）不能超过床位数（{beds}）。',
    en: 'Occupied beds ({occupied}) must not exceed beds ({beds}).',
  },
  'field.nursingOverBeds': {
    zh: '护理型床位（{nursing}）不能超过床位数（{beds}）。',
    en: 'Nursing beds ({nursing}) must not exceed beds ({beds}).',
  },
  'field.coordinates': {
    zh: '经纬度必须是有限数值：经度 -180 至 180，纬度 -90 至 90。',
    en: 'Coordinates must be finite: longitude -180..180, latitude -90..90.',
  },
  'field.outsideDistrict': { zh: '位置不在{district}范围内。', en: 'The location is outside {district}.' },
  'field.outsideDivision': { zh: '位置不在所选辖区“{division}”范围内。', en: 'The location is outside the chosen division "{division}".' },
  'field.unknownDivision': { zh: '辖区 {id} 不存在。', en: 'Division {id} does not exist.' },
  'field.unknownFacility': { zh: '养老服务设施 {id} 不存在。', en: 'Care facility {id} does not exist.' },
  'field.unknownMedical': { zh: '医疗机构 {id} 不存在。', en: 'Medical institution {id} does not exist.' },
  'field.duplicateFacility': {
    zh: '30 米内已有同名同类设施“{name}”（编号 {id}）。',
    en: 'A facility of the same kind named "{name}" already exists within 30 m (id {id}).',
  },
  'field.endBeforeStart': { zh: '结束日期不能早于开始日期。', en: 'The end date must not be before the start date.' },
  'field.signedAfterStart': { zh: '签约日期不能晚于开始日期。', en: 'The signing date must not be after the start date.' },
  'field.invalidDate': { zh: '日期格式应为 YYYY-MM-DD。', en: 'Dates must be YYYY-MM-DD.' },
  'field.emptyList': { zh: '至少选择一项。', en: 'Choose at least one.' },
  'field.invalidGeometry': { zh: '几何图形无效：{reason}', en: 'Invalid geometry: {reason}' },
  'field.parentLevel': {
    zh: '上级辖区层级不符：{level} 的上级应为 {expected}。',
    en: 'Wrong parent level: a {level} belongs under {expected}.',
  },
  'field.duplicateCode': { zh: '编码 {code} 已被使用。', en: 'Code {code} is already in use.' },
  'field.agreementNotCareFacility': {
    zh: '只能与养老机构或养老服务中心签约。',
    en: 'Agreements are signed with care institutions or care centres.',
  },
  'field.terminated': { zh: '该协议已终止，不能修改。', en: 'This agreement was terminated and cannot change.' },
  'field.hasDependents': {
    zh: '仍有 {count} 条{what}引用该记录，无法删除。',
    en: '{count} {what} still refer to this record; it cannot be deleted.',
  },
  'field.pageSize': { zh: '每页最多 {max} 条。', en: 'At most {max} per page.' },
  'field.range': { zh: '应在 {min} 至 {max} 之间。', en: 'Must be between {min} and {max}.' },
  'field.scenarioAction': { zh: '操作应为 ADD（新增）、MOVE（迁移）或 CLOSE（关闭）。', en: 'The action must be ADD, MOVE or CLOSE.' },
  'entity.scenario': { zh: '情景方案', en: 'Scenario' },
  'field.duplicateScenario': {
    zh: '已有名为“{name}”的方案，请换一个名称，或打开该方案后保存修改。',
    en: 'A scenario named "{name}" already exists; choose another name, or open it and save your changes there.',
  },
  'auth.required': { zh: '请先登录。', en: 'Please sign in.' },
  'auth.forbidden': { zh: '您的角色无权执行此操作。', en: 'Your role may not do this.' },
  'auth.outsideJurisdiction': {
    zh: '该位置不在您的辖区“{division}”内，不能在此登记或修改设施。',
    en: 'This location is outside your jurisdiction "{division}"; you cannot register or change facilities there.',
  },
  'auth.noJurisdiction': { zh: '您的账号未绑定辖区，请联系管理员。', en: 'Your account has no division; ask an administrator.' },
  'auth.badCredentials': { zh: '用户名或密码不正确。', en: 'Wrong username or password.' },
  'auth.throttled': {
    zh: '密码错误次数过多，请 {seconds} 秒后再试。',
    en: 'Too many wrong passwords; try again in {seconds} s.',
  },
  'auth.rateLimited': { zh: '请求过于频繁，请 {seconds} 秒后再试。', en: 'Too many requests; try again in {seconds} s.' },
  'auth.weakPassword': { zh: '{reason}', en: '{reason}' },
  'auth.wrongPassword': { zh: '当前密码不正确。', en: 'The current password is wrong.' },
  'auth.duplicateUser': { zh: '用户名“{username}”已存在。', en: 'The username "{username}" is taken.' },
  'auth.divisionRequired': { zh: '街道/镇账号必须绑定一个街道或镇。', en: 'A street office account needs a street or town.' },
  'entity.user': { zh: '用户', en: 'User' },
  'workflow.state': { zh: '当前状态为“{status}”，不能{action}。', en: 'The facility is {status}; it cannot be {action}.' },
  'entity.facilityChange': { zh: '设施修改申请', en: 'Facility change' },
  'workflow.underReview': {
    zh: '“{name}”已提交审批，审批完成前不能修改或删除。',
    en: '"{name}" is submitted for review; it cannot be changed or removed until it is reviewed.',
  },
  'workflow.changePending': {
    zh: '“{name}”已有一项修改在等待审批，审批完成前不能再次修改。',
    en: 'A change of "{name}" is already waiting for review; it cannot be changed again until then.',
  },
  'workflow.removeApproved': {
    zh: '“{name}”已通过审批，街道/镇不能删除；如需停用，请联系区民政局关闭。',
    en: '"{name}" is approved; a street office cannot remove it. Ask civil affairs to close it.',
  },
  'workflow.changeState': {
    zh: '该修改申请当前状态为“{status}”，不能再审批。',
    en: 'This change is {status}; it cannot be reviewed again.',
  },
  'workflow.changeStale': {
    zh: '申请提交后设施已被修改（提交时版本 {base}，当前版本 {current}），请退回并让街道重新提交。',
    en: 'The facility changed after the request (made on version {base}, now {current}); reject it and ask the office to submit again.',
  },
  'workflow.notSubmittable': {
    zh: '“{name}”当前状态为“{status}”，不能提交审批。',
    en: '"{name}" is {status}; it cannot be submitted.',
  },
  'workflow.nothingChanged': { zh: '没有任何修改。', en: 'Nothing was changed.' },
  'review.badItem': { zh: '审批事项“{id}”无效。', en: 'Invalid review item "{id}".' },
  'location.ok': { zh: '位置在“{division}”内。', en: 'The location lies in {division}.' },
  'field.cursor': { zh: '分页游标无效。', en: 'Invalid page cursor.' },
  operationNotAllowed: {
    zh: '本服务只执行已登记的操作（管理界面发出的操作）。接口对接请联系管理员登记操作清单。',
    en: 'This server executes registered operations only (those of the admin apps). For an integration, ask the administrator to register its operations.',
  },
  persistedQueryNotFound: {
    zh: '未登记的操作（PersistedQueryNotFound）。',
    en: 'PersistedQueryNotFound: no registered operation has this hash.',
  },
  persistedQueryNoHash: { zh: 'extensions.persistedQuery 须包含 sha256Hash。', en: 'extensions.persistedQuery needs a sha256Hash.' },
  'field.invalidId': { zh: '编号“{value}”无效。', en: 'Invalid id "{value}".' },
  'dependents.division': { zh: '下级辖区、设施或居住区', en: 'sub-divisions, facilities or residential areas' },
  'geometry.notObject': { zh: '不是 GeoJSON 对象', en: 'not a GeoJSON object' },
  'geometry.badPolygon': {
    zh: '多边形坐标无效：环须闭合、至少 4 个点、经纬度在范围内',
    en: 'invalid polygon coordinates: rings must be closed, with at least 4 positions in range',
  },
  'geometry.expectedPolygon': { zh: '应为 Polygon', en: 'expected a Polygon' },
  'geometry.expectedPolygonOrMulti': { zh: '应为 Polygon 或 MultiPolygon', en: 'expected a Polygon or MultiPolygon' },
  'password.tooShort': { zh: '密码至少 {min} 个字符。', en: 'At least {min} characters.' },
  'password.tooLong': { zh: '密码不能超过 {max} 个字符。', en: 'At most {max} characters.' },
  'password.oneKind': { zh: '密码需同时包含字母和数字或符号。', en: 'Mix letters with digits or symbols.' },
  'password.whitespace': {
    zh: '密码除空格外至少 {min} 个字符：空格填充不算长度。',
    en: 'At least {min} characters besides spaces: padding with spaces does not count.',
  },
  'password.containsUsername': { zh: '密码不能包含用户名。', en: 'The password must not contain the username.' },
  'password.common': {
    zh: '这是最常见的密码之一（或只在其后加了数字），很容易被猜中，请换一个。',
    en: 'This is one of the most common passwords (or one with digits added); it is easily guessed. Choose another.',
  },
  'password.guessable': {
    zh: '密码太容易猜中（强度 {score}/4，至少需要 {min}）：请避免常用词、键盘连续键、重复和顺序字符，可用几个不相关的词组合。',
    en: 'The password is too easy to guess (strength {score}/4, at least {min} needed): avoid common words, keyboard runs, repeats and sequences; several unrelated words work well.',
  },
  'upload.emptyBody': { zh: '请上传文件（请求体为空）。', en: 'Upload a file (the request body is empty).' },
  'upload.unknownFormat': {
    zh: '无法确定文件格式：请上传 .xlsx 或 .csv 文件（可用 ?format=xlsx 或 ?format=csv 指明）。',
    en: 'Unknown file format: upload an .xlsx or .csv file (or name it with ?format=xlsx or ?format=csv).',
  },
  'upload.badFormat': {
    zh: '无法确定文件格式：请上传 .xlsx 或 .csv 文件（可用 ?format=xlsx 或 ?format=csv 指明），而不是“{format}”。',
    en: 'Unknown file format: upload an .xlsx or .csv file (or name it with ?format=xlsx or ?format=csv), not "{format}".',
  },
  'upload.badStatus': { zh: 'status 应为 {statuses}。', en: 'status must be {statuses}.' },
  'upload.draftsOnly': {
    zh: '街道/镇上传的设施为草稿，须提交审批。',
    en: 'Facilities uploaded by a street office are drafts and go through approval.',
  },
  'upload.tooLarge': { zh: '文件过大：上传最多 {max} MB。', en: 'The file is too large: uploads take at most {max} MB.' },
  'upload.unreadable': { zh: '无法读取上传的文件。', en: 'The uploaded file cannot be read.' },
  'request.csrf': {
    zh: '已拒绝：此请求可能来自其他网站（跨站请求伪造）。请求须带 {header} 请求头。',
    en: 'Refused as a possible cross-site request forgery: the request must carry the {header} header.',
  },
  'text.nul': {
    zh: '文本不能包含 NUL 字符（\\u0000）。',
    en: 'Text must not contain the NUL character (\\u0000).',
  },
  'text.surrogate': {
    zh: '文本含有不成对的代理字符（如单独的 \\ud800），不是有效的 Unicode 文本。',
    en: 'Text contains an unpaired surrogate (such as a lone \\ud800); it is not valid Unicode.',
  },
  'geojson.tooDeep': {
    zh: 'GeoJSON 嵌套过深：最多 {max} 层。',
    en: 'GeoJSON is nested too deeply: at most {max} levels.',
  },
  'geojson.notObject': { zh: 'GeoJSON 须是带 "type" 的对象。', en: 'GeoJSON must be an object with a "type".' },
  'request.badUrl': {
    zh: '请求地址无效：{reason}',
    en: 'Invalid request address: {reason}',
  },
  'request.badPercentEncoding': {
    zh: '地址中的百分号编码无效（% 后须是两位十六进制数，且组成有效的 UTF-8）。',
    en: 'The address has an invalid percent-encoding (% must be followed by two hex digits forming valid UTF-8).',
  },
  'request.badJson': { zh: '请求体不是有效的 JSON。', en: 'Request body is not valid JSON.' },
  'request.tooLarge': { zh: '请求体过大。', en: 'Request body too large.' },
  'request.notFound': { zh: '没有这个地址。', en: 'No such address.' },
  'request.bad': { zh: '请求无效。', en: 'Bad request.' },
  'tile.notFound': { zh: '没有这个瓦片。', en: 'No such tile.' },
  'budget.isochrones': {
    zh: '等时圈计算量过大：{facilities} 个设施 × {bands} 个时间档，可达面积合计约 {work} 平方公里，上限为 {max} 平方公里。请减少设施或时间档，或缩短步行时间、降低步速。',
    en: 'Too many isochrones at once: {facilities} facilities × {bands} thresholds reach about {work} km² in all; the limit is {max} km². Choose fewer facilities or thresholds, or a shorter walk or lower speed.',
  },
  'budget.answer': {
    zh: '结果过大：约 {size} 个坐标点，上限为 {max}。请减少设施或时间档。',
    en: 'The answer is too large: about {size} coordinates; the limit is {max}. Choose fewer facilities or thresholds.',
  },
  'budget.suggestion': {
    zh: '选址计算量过大：{areas} 个未覆盖居住区 × 每个可达约 {each} 平方公里，合计约 {work} 平方公里，上限为 {max} 平方公里。请选择辖区，或缩短步行时间、降低步速。',
    en: 'This site suggestion is too large: {areas} uncovered areas × about {each} km² of reach each is about {work} km²; the limit is {max} km². Choose a division, or a shorter walk or lower speed.',
  },
  'budget.candidates': {
    zh: '选址计算量过大：{candidates} 个候选点 × k = {k}，合计 {work}，上限为 {max}。请减少候选点或 k。',
    en: 'This site suggestion is too large: {candidates} candidates × k = {k} is {work}; the limit is {max}. Give fewer candidates or a smaller k.',
  },
  'analysis.timeLimit': {
    zh: '分析超过 {seconds} 秒仍未完成，已停止。请缩小范围后重试。',
    en: 'The analysis did not finish within {seconds} s and was stopped; narrow it and try again.',
  },
  'analysis.queueFull': {
    zh: '排队中的分析过多（{count} 个），请等前面的分析完成后再试。',
    en: 'Too many analyses are waiting ({count}); try again when earlier ones have finished.',
  },
  'analysis.cancelled': { zh: '分析已取消。', en: 'The analysis was cancelled.' },
  'server.stopping': { zh: '服务器正在停止，请稍后重试。', en: 'The server is stopping; please retry in a moment.' },
  'entity.analysisJob': { zh: '分析任务', en: 'Analysis job' },
  'analysis.notYourJob': { zh: '只能取消自己启动的分析。', en: 'You can only cancel analyses you started.' },
} satisfies Record<string, Entry>;

export type MessageKey = keyof typeof messages;

/** Joins items as a list in the language: 甲、乙 / A, B. */
export function listOf(lang: Lang, items: readonly string[]): string {
  return items.join(lang === 'zh' ? '、' : ', ');
}

/** Picks the language of an HTTP request: `?lang=`, else the Accept-Language header. */
export function requestLang(req: { query?: unknown; headers: Record<string, string | string[] | undefined> }): Lang {
  const query = req.query as Record<string, unknown> | undefined;
  const header = req.headers['accept-language'];
  return pickLang((typeof query?.lang === 'string' ? query.lang : undefined) ?? (typeof header === 'string' ? header : undefined));
}

/** Formats a catalogue message in the given language. */
export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  const template = messages[key][lang];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
