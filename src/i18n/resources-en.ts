// The en texts, one static import per locale file (style.md §8). The file path is the key
// prefix: locales/en/ui/app.json → ui.app.*
import enCli from '../../locales/en/cli.json';
import enComparison from '../../locales/en/comparison.json';
import enDimensions from '../../locales/en/dimensions.json';
import enErrorsAnswersFile from '../../locales/en/errors/answersFile.json';
import enErrorsCompare from '../../locales/en/errors/compare.json';
import enErrorsQuestions from '../../locales/en/errors/questions.json';
import enErrorsStorage from '../../locales/en/errors/storage.json';
import enGlossary from '../../locales/en/glossary.json';
import enGroup from '../../locales/en/group.json';
import enIndicators from '../../locales/en/indicators.json';
import enMethod from '../../locales/en/method.json';
import enNetworkModels from '../../locales/en/networkModels.json';
import enOptions from '../../locales/en/options.json';
import enPlan from '../../locales/en/plan.json';
import enQuestions from '../../locales/en/questions.json';
import enRecommendations from '../../locales/en/recommendations.json';
import enReport from '../../locales/en/report.json';
import enScales from '../../locales/en/scales.json';
import enSections from '../../locales/en/sections.json';
import enUiAbout from '../../locales/en/ui/about.json';
import enUiAccessibility from '../../locales/en/ui/accessibility.json';
import enUiApp from '../../locales/en/ui/app.json';
import enUiCompare from '../../locales/en/ui/compare.json';
import enUiExample from '../../locales/en/ui/example.json';
import enUiIo from '../../locales/en/ui/io.json';
import enUiPlan from '../../locales/en/ui/plan.json';
import enUiQuestionnaire from '../../locales/en/ui/questionnaire.json';
import enUiReport from '../../locales/en/ui/report.json';
import enUiRespondent from '../../locales/en/ui/respondent.json';
import enUiStart from '../../locales/en/ui/start.json';
import enUiWorkshop from '../../locales/en/ui/workshop.json';

export const enTranslation = {
  cli: enCli,
  comparison: enComparison,
  dimensions: enDimensions,
  errors: {
    answersFile: enErrorsAnswersFile,
    compare: enErrorsCompare,
    questions: enErrorsQuestions,
    storage: enErrorsStorage,
  },
  glossary: enGlossary,
  group: enGroup,
  indicators: enIndicators,
  method: enMethod,
  networkModels: enNetworkModels,
  options: enOptions,
  plan: enPlan,
  questions: enQuestions,
  recommendations: enRecommendations,
  report: enReport,
  scales: enScales,
  sections: enSections,
  ui: {
    about: enUiAbout,
    accessibility: enUiAccessibility,
    app: enUiApp,
    compare: enUiCompare,
    example: enUiExample,
    io: enUiIo,
    plan: enUiPlan,
    questionnaire: enUiQuestionnaire,
    report: enUiReport,
    respondent: enUiRespondent,
    start: enUiStart,
    workshop: enUiWorkshop,
  },
};
