import { RiffynProvider } from '../riffyn-provider';
import { Status } from './status';

export default function Headless() {
  return (
    <main>
      <RiffynProvider>
        <Status />
      </RiffynProvider>
    </main>
  );
}
