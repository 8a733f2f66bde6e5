import type { Bilingual } from './bilingual';

/** 捕捉购买信号: buying signals to watch for (methodology.md §7), in the source's words and groups. */
export const BUYING_SIGNALS = [
  { group: { zh: '表情方面', en: 'Face' }, zh: '客户的表情和态度发生变化时', en: 'Expression or attitude changes' },
  { group: { zh: '表情方面', en: 'Face' }, zh: '眼睛直视您时', en: 'Looks you in the eye' },
  { group: { zh: '表情方面', en: 'Face' }, zh: '有着明显的孩童式的兴奋反应时', en: 'Shows childlike excitement' },
  { group: { zh: '表情方面', en: 'Face' }, zh: '当客户彼此之间微笑着对视时', en: 'Buyers smile at each other' },
  { group: { zh: '体态方面', en: 'Body' }, zh: '突然不住地点头', en: 'Sudden repeated nodding' },
  { group: { zh: '体态方面', en: 'Body' }, zh: '表现出神经质的举止时', en: 'Nervous gestures' },
  { group: { zh: '体态方面', en: 'Body' }, zh: '变换座位时“那里不是细谈的地方,请到这里谈”', en: 'Moves seats ("let’s talk over here")' },
  { group: { zh: '体态方面', en: 'Body' }, zh: '仔细看说明书时', en: 'Reads the brochure closely' },
  { group: { zh: '语言方面', en: 'Words' }, zh: '以价钱为中心谈话时', en: 'Talks about price' },
  { group: { zh: '语言方面', en: 'Words' }, zh: '询问售后服务时', en: 'Asks about after-sales service' },
  { group: { zh: '语言方面', en: 'Words' }, zh: '询问有关使用细节时', en: 'Asks about details of use' },
  { group: { zh: '语言方面', en: 'Words' }, zh: '认真询问产品的相关方面时', en: 'Asks closely about the product' },
  { group: { zh: '语言方面', en: 'Words' }, zh: '想试用时', en: 'Wants to try it' },
  { group: { zh: '语言方面', en: 'Words' }, zh: '与其它产品相比较时', en: 'Compares with other products' },
  { group: { zh: '语言方面', en: 'Words' }, zh: '表露出喜欢喜爱时', en: 'Says they like it' },
] as const satisfies readonly (Bilingual & { group: Bilingual })[];
