import { Link } from 'react-router';
import { buttonVariants } from '../components/ui/button.tsx';

export function NotFoundPage({ title = 'Page not found', detail }: { title?: string; detail?: string }) {
  return (
    <div className="mx-auto flex max-w-md flex-col items-center gap-3 py-16 text-center">
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="text-sm text-muted-foreground">{detail ?? 'There is nothing at this address.'}</p>
      <Link to="/" className={buttonVariants({ variant: 'outline' })}>
        Describe a new app
      </Link>
    </div>
  );
}
