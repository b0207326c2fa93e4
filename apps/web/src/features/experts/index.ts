export { ExpertPool } from './components/expert-pool';
export { ExpertRegistrationForm } from './components/expert-registration-form';
export { MyExpertProfile } from './components/my-expert-profile';
export { useExpertProfileNavItems } from './components/expert-profile-nav';
export { useExpertsT } from './use-experts-t';
