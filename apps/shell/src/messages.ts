import type { Catalog } from '@carecircle/ui';

export const messages: Catalog<
  | 'title'
  | 'signInTitle'
  | 'username'
  | 'password'
  | 'signIn'
  | 'signOut'
  | 'noApps'
  | 'language'
  | 'settings'
  | 'onlineBasemap'
  | 'onlineBasemapHelp'
  | 'save'
  | 'cancel'
  | 'loadingApp'
  | 'appFailed'
  | 'manifestFailed'
  | 'notFound'
  | 'reviewCount'
  | 'reviewCountTitle'
> = {
  'zh-CN': {
    title: '15分钟养老服务圈',
    signInTitle: '登录',
    username: '用户名',
    password: '密码',
    signIn: '登录',
    signOut: '退出',
    noApps: '此账号没有可用的模块。',
    language: '语言',
    settings: '地图设置',
    onlineBasemap: '在线底图（可选，栅格瓦片地址，如天地图含密钥）',
    onlineBasemapHelp: '留空则只使用本系统自带的离线底图。地址需含 {z}/{x}/{y}。',
    save: '保存',
    cancel: '取消',
    loadingApp: '正在加载模块…',
    appFailed: '模块“{name}”加载失败',
    manifestFailed: '无法读取模块清单',
    notFound: '没有这个页面',
    reviewCount: '待审批 {n}',
    reviewCountTitle: '{n} 项等待审批，点击打开待审批列表',
  },
  en: {
    title: '15-minute elderly-care service circles',
    signInTitle: 'Sign in',
    username: 'Username',
    password: 'Password',
    signIn: 'Sign in',
    signOut: 'Sign out',
    noApps: 'This account has no modules.',
    language: 'Language',
    settings: 'Map settings',
    onlineBasemap: 'Online basemap (optional raster tile URL, e.g. Tianditu with its key)',
    onlineBasemapHelp: 'Leave empty to use only the built-in offline basemap. The URL needs {z}/{x}/{y}.',
    save: 'Save',
    cancel: 'Cancel',
    loadingApp: 'Loading module…',
    appFailed: 'Module “{name}” failed to load',
    manifestFailed: 'The module manifest could not be read',
    notFound: 'No such page',
    reviewCount: '{n} to review',
    reviewCountTitle: '{n} {n?item awaits|items await} review: open the review inbox',
  },
};
