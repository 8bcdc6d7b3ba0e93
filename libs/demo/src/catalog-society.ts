import type { CategoryProfile } from './category-profile.js';

/** 社会秩序 and 住房: noise, neighbours, public security, housing. */
export const SOCIETY_PROFILES: readonly CategoryProfile[] = [
  {
    // Texts avoid the construction keywords (施工, 夜间 …): that rule comes first and would win a tie.
    path: '社会秩序/噪音扰民/生活噪音', rate: 0.42, where: 'home', season: 'summer', hours: 'evening',
    texts: {
      complaint: [
        '{addr}楼上邻居每天很晚还在跺脚、拖动家具，噪音很大。',
        '{bldg}附近有人每晚跳广场舞，音响声音太吵，扰民严重。',
        '{addr}楼下住户经常{late}大声喧哗，吵得无法入睡。',
      ],
    },
    actions: ['已联合社区民警上门调解，当事人表示注意控制音量', '已与广场舞团队负责人沟通，调整活动时间并降低音量'],
  },
  {
    path: '社会秩序/噪音扰民/商业噪音', rate: 0.24, where: 'street', season: 'summer', hours: 'night',
    texts: {
      complaint: [
        '{addr}附近烧烤店营业到{late}，顾客喧哗噪音很大。',
        '{addr}楼下商铺用大喇叭循环播放促销广告。',
        '{addr}附近酒吧音乐声太吵，影响周边居民休息。',
      ],
    },
    actions: ['已责令商户调低音量、缩短营业时间，并加强巡查'],
  },
  {
    path: '社会秩序/邻里纠纷/漏水纠纷', rate: 0.2, where: 'home',
    texts: {
      complaint: ['{addr}楼上住户家里漏水，来电人家天花板被泡坏，楼上拒绝维修。'],
      help: ['{addr}楼上卫生间渗水到来电人家，多次沟通未果。'],
    },
    actions: ['已由社区居委会组织双方调解，楼上住户同意维修防水层'],
    explanations: ['该纠纷属民事纠纷，社区已组织调解，双方暂未达成一致，已告知来电人可通过人民调解或司法途径解决'],
  },
  {
    path: '社会秩序/邻里纠纷/宠物扰民', rate: 0.15, where: 'home', hours: 'evening',
    texts: { complaint: ['{addr}邻居家的狗整天叫，影响休息。', '{bldg}有人遛狗不拴绳，还不清理狗粪。'] },
    actions: ['已由社区居委会上门劝导犬主文明养犬，并张贴文明养犬提示'],
  },
  {
    path: '社会秩序/治安/可疑人员', rate: 0.05, where: 'street',
    texts: {
      report: ['{addr}附近经常有陌生人挨家挨户推销，来电人担心安全。', '{addr}院内有可疑人员深夜翻看电动车。'],
    },
    actions: ['已联系辖区派出所加强巡逻，并提醒居民注意防范'],
  },
  {
    path: '社会秩序/治安/群租房', rate: 0.1, where: 'home', complex: true,
    texts: { report: ['{bldg}有一套房子住了十几个人，疑似群租房。', '{bldg}有房屋被隔断出租，人员进出频繁。'] },
    actions: ['已联合派出所、社区对该房屋进行检查，责令房主拆除隔断整改'],
  },
  {
    path: '住房/房屋管理/房屋漏雨', rate: 0.2, where: 'home', season: 'rainy', complex: true,
    texts: {
      complaint: ['{addr}屋顶漏雨，下雨时屋里要用盆接水。', '{addr}顶层屋顶漏水，墙皮都泡掉了。'],
      help: ['{addr}平房漏雨严重，家中有老人，请帮助维修。'],
    },
    actions: ['已协调房屋产权单位对屋面防水进行维修', '已将该房屋纳入修缮计划，先行做临时防水处理'],
    explanations: ['该房屋为私产房，修缮责任在产权人，已告知来电人可申请危旧房屋修缮补助'],
  },
  {
    path: '住房/房屋管理/老旧小区改造', rate: 0.14, where: 'home', complex: true,
    texts: {
      consult: ['{bldg}所在小区什么时候能纳入老旧小区改造？'],
      suggestion: ['{bldg}小区楼体外墙脱落，建议纳入老旧小区综合整治。'],
    },
    actions: ['已将该小区改造需求报区住房城乡建设部门，纳入下一批次申报计划'],
    explanations: ['老旧小区综合整治项目由区级部门按年度计划确定，街道已收集居民意愿，待批复后实施'],
    answers: ['老旧小区综合整治项目由区住房城乡建设部门按年度计划确定，街道将收集居民意愿后统一申报'],
  },
  {
    path: '住房/房屋管理/加装电梯', rate: 0.12, where: 'home', complex: true,
    texts: {
      consult: ['来电人住{bldg}，想加装电梯，需要什么条件和手续？'],
      suggestion: ['{bldg}老年人多，建议给楼房加装电梯。'],
    },
    actions: ['已由社区组织单元业主召开意见征询会，指导准备申请材料'],
    explanations: ['加装电梯需本单元业主协商一致，目前仍有业主不同意，社区将继续做协调工作'],
    answers: ['既有多层住宅加装电梯需本单元业主协商一致，可向社区居委会咨询申请流程，政府给予一定补贴'],
  },
];
